namespace Kiosk.Hub.Retention;

public static class RetentionSetup
{
    /// <summary>Reads and checks the retention settings now, so a bad value stops the hub before it serves anyone.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(RetentionOptions.From(config));
        services.AddSingleton<PatientDataRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<PatientDataRetention>());
        return services;
    }
}
