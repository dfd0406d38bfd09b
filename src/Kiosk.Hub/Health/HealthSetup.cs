namespace Kiosk.Hub.Health;

public static class HealthSetup
{
    /// <summary>Kiosk heartbeats, presence and the 5-second watch that flags silent kiosks.</summary>
    public static IServiceCollection AddKioskHealth(this IServiceCollection services)
    {
        services.AddSingleton<KioskPresence>();
        services.AddSingleton<KioskHealth>();
        services.AddHostedService<KioskHealthWatch>();
        return services;
    }
}
