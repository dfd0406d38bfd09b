using Kiosk.Hub.Offline;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.Hub.CheckIn;

public static class CheckInSetup
{
    /// <summary>The kiosk's lookups and check-ins, with the try counters that hold back guessing.</summary>
    public static IServiceCollection AddCheckIn(this IServiceCollection services) => services
        .AddSingleton<CodeTryStore>()
        .AddSingleton(sp => new CodeGuard(sp.GetRequiredService<TimeProvider>()))
        .AddSingleton<NameTryStore>()
        .AddSingleton(sp => new NameGuard(sp.GetRequiredService<TimeProvider>()))
        .AddSingleton<CheckInService>()
        .AddSingleton<AppointmentCopies>()
        .AddSingleton<LateCheckIns>();
}
