using Kiosk.Hub.Clinic;
using Kiosk.Hub.Room;

namespace Kiosk.Hub.Integrations;

/// <summary>The clinic's schedule in (files, and its server when configured) and statuses back out.</summary>
public static class IntegrationsSetup
{
    /// <summary>
    /// Imports from files always; polling and write-back only when a source or writer is
    /// registered (the FHIR set-up registers them from Hub:Fhir). Call after registering those.
    /// </summary>
    public static IServiceCollection AddScheduleImport(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SourceMapping(sp.GetRequiredService<ClinicFile>()));
        services.AddSingleton<ScheduleImporter>();
        services.AddSingleton<ScheduleFiles>();
        services.AddScoped<ScheduleNews>();
        if (services.Any(d => d.ServiceType == typeof(IStatusWriter)))
        {
            services.AddSingleton(new WriteBackSetting(Enabled: true));
            services.AddHostedService<StatusWriteBack>();
        }

        if (services.Any(d => d.ServiceType == typeof(IScheduleSource)))
        {
            services.AddHostedService<SchedulePoller>();
        }

        return services;
    }
}
