using Kiosk.Hub.Demo;
using Kiosk.Hub.Callbacks;
using Kiosk.Hub.CheckIn;
using Kiosk.Hub.Desk;
using Kiosk.Hub.Display;
using Kiosk.Hub.Room;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Phone;

namespace Kiosk.Hub;

/// <summary>The files the clinic writes: the clinic, its callback topics and the screens' words.</summary>
public static class ContentFiles
{
    /// <summary>
    /// Loads them all; null when they are fine, else one line naming the file and what is wrong with
    /// it. A file the admin got wrong is their mistake to fix, not a crash: no stack trace.
    /// </summary>
    public static string? AddContentFiles(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        try
        {
            services.AddWaitingRoom(config, env).AddDemoDay(config, env).AddCheckIn().AddDesk().AddDisplay(config, env);
            services.AddCallbacks(config, env);
            services.AddPhonePage(config, env);
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return e.Message.ReplaceLineEndings(" ");
        }
    }
}
