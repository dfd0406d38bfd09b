namespace Kiosk.Hub.CheckIn;

public static class CheckInSetup
{
    /// <summary>The kiosk's lookups and check-ins, with the try counters that hold back guessing.</summary>
    public static IServiceCollection AddCheckIn(this IServiceCollection services) => services
        .AddSingleton<CodeTries>()
        .AddSingleton<NameTries>()
        .AddSingleton<CheckInService>();
}
