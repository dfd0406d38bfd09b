using Kiosk.Hub.Clinic;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

public static class RoomSetup
{
    /// <summary>Where the clinic file is: Hub:ClinicFile, relative to the content root; the demo clinic by default.</summary>
    public static string ClinicFilePath(IConfiguration config, IHostEnvironment env) =>
        Path.GetFullPath(config["Hub:ClinicFile"] ?? "../../kiosk-content/clinic.demo.json", env.ContentRootPath);

    /// <summary>The clinic file (Hub:ClinicFile, relative to the content root) and the live waiting room over it.</summary>
    public static IServiceCollection AddWaitingRoom(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var path = ClinicFilePath(config, env);
        var file = ClinicFile.Load(path);
        var profile = file.ToProfile();
        services.AddSingleton(file);
        services.AddSingleton(profile);
        services.AddSingleton(file.ToLook(path));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LearnedHistory>();
        services.AddSingleton(sp => new CalibratedEstimates(new QueueForecastEstimator(sp.GetRequiredService<LearnedHistory>(), reuseWithinMinute: true)));
        services.AddSingleton<IWaitEstimator>(sp => new SteadyEstimates(sp.GetRequiredService<CalibratedEstimates>()));
        services.AddSingleton<CalibrationFirsts>();
        services.AddDemoHistory(config, env, profile);
        services.AddSingleton<PhoneLinks>();
        services.AddSingleton<WaitingRoomService>();
        services.AddScoped<WaitingRoomStore>();
        return services;
    }
}
