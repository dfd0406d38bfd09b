using Kiosk.Hub.Auth;
using Kiosk.Hub.Live;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Clinic;

public static class ClinicSetup
{
    /// <summary>The clinic file (Hub:ClinicFile, relative to the content root) and the live waiting room over it.</summary>
    public static IServiceCollection AddWaitingRoom(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var path = Path.GetFullPath(config["Hub:ClinicFile"] ?? "../../kiosk-content/clinic.demo.json", env.ContentRootPath);
        var file = ClinicFile.Load(path);
        var profile = file.ToProfile();
        services.AddSingleton(file);
        services.AddSingleton(profile);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LearnedHistory>();
        services.AddSingleton<IWaitEstimator>(sp => new SteadyEstimates(new QueueForecastEstimator(sp.GetRequiredService<LearnedHistory>())));
        services.AddSingleton<DemoAppointments>();
        services.AddSingleton<PhoneLinks>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RoomBroadcaster>(sp, profile.Id));
        services.AddSingleton<WaitingRoomService>();
        return services;
    }

    /// <summary>Says at start-up, without printing any key, who will be able to connect.</summary>
    public static void ReportAccess(this WebApplication app)
    {
        var access = app.Configuration.GetSection("Access").Get<AccessOptions>() ?? new AccessOptions();
        int Usable(Dictionary<string, string> keys) => keys.Values.Count(k => k.Length >= AccessOptions.MinimumKeyLength);
        app.Logger.LogInformation("{Kiosks} kiosk key(s) and {Staff} staff passcode(s) configured.", Usable(access.Kiosks), Usable(access.Staff));
        if (Usable(access.Kiosks) == 0 || Usable(access.Staff) == 0)
        {
            app.Logger.LogWarning("Without Access:Kiosks and Access:Staff entries of at least {Length} characters, no kiosk can check in and nobody can sign in to reception.", AccessOptions.MinimumKeyLength);
        }
    }
}
