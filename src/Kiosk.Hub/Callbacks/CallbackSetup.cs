using Kiosk.Hub.Clinic;

namespace Kiosk.Hub.Callbacks;

public static class CallbackSetup
{
    /// <summary>Topics (Hub:CallbackTopicsFile, relative to the content root), the clinic's hours and phone region, and the service over them.</summary>
    public static IServiceCollection AddCallbacks(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var path = Path.GetFullPath(config["Hub:CallbackTopicsFile"] ?? "../../kiosk-content/callback-topics.json", env.ContentRootPath);
        services.AddSingleton(new CallbackTopics(CallbackTopicsFile.Load(path)));
        services.AddSingleton(sp => sp.GetRequiredService<ClinicFile>().ToBusinessHours());
        services.AddSingleton(sp => new PhoneInput(sp.GetRequiredService<ClinicFile>().PhoneRegion));
        services.AddScoped<CallbackStore>();
        services.AddSingleton<CallbackService>();
        return services;
    }
}
