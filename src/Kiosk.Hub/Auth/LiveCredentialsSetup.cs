namespace Kiosk.Hub.Auth;

public static class LiveCredentialsSetup
{
    /// <summary>Revocation that reaches open connections: the tracker, its filter and the watch that ends them.</summary>
    public static IServiceCollection AddLiveCredentials(this IServiceCollection services)
    {
        services.AddSingleton<OpenCredentials>();
        services.AddSingleton<LiveCredentialsFilter>();
        services.AddSingleton<CredentialWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<CredentialWatch>());
        return services;
    }
}
