using Kiosk.Hub.Clinic;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

public static class RoomSetup
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
        services.AddSingleton(sp => new CalibratedEstimates(new QueueForecastEstimator(sp.GetRequiredService<LearnedHistory>())));
        services.AddSingleton<IWaitEstimator>(sp => new SteadyEstimates(sp.GetRequiredService<CalibratedEstimates>()));
        services.AddSingleton<CalibrationFirsts>();
        services.AddSingleton<DemoAppointments>();
        services.AddDemoHistory(config, env, profile);
        services.AddSingleton<PhoneLinks>();
        services.AddSingleton<WaitingRoomService>();
        services.AddScoped<WaitingRoomStore>();
        return services;
    }
}
