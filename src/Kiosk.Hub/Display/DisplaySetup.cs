namespace Kiosk.Hub.Display;

public static class DisplaySetup
{
    /// <summary>The waiting-room TV's view of the room.</summary>
    public static IServiceCollection AddDisplay(this IServiceCollection services) => services.AddSingleton<DisplayService>();
}
