namespace Kiosk.Hub.Desk;

public static class DeskSetup
{
    /// <summary>Reception's actions on the room.</summary>
    public static IServiceCollection AddDesk(this IServiceCollection services) => services.AddSingleton<DeskService>();
}
