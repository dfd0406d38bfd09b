using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Kiosk.WaitingRoom.CheckIn;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>Restarting the hub does not give someone guessing at a kiosk a fresh round of tries.</summary>
public sealed class KioskTriesRestartTests : OnTheHubsClock
{
    [Test]
    public async Task A_session_held_up_for_wrong_codes_is_still_held_up_after_a_hub_restart_and_a_new_session_is_not()
    {
        var prankster = Guid.NewGuid();
        await using (var kiosk = await Server.KioskAsync())
        {
            for (var i = 0; i < CodeGuard.FreeTriesPerSession; i++)
            {
                Assert.That((await FindByCodeAsync(kiosk, $"ZZZZZ{i + 2}", prankster)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
            }
        }

        Restart();
        await using var again = await Server.KioskAsync();
        var held = await FindByCodeAsync(again, DemoCodes.Rahman, prankster);
        var nextPatient = await FindByCodeAsync(again, DemoCodes.Rahman, Guid.NewGuid());

        Assert.That(held, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 5)), "the restarted hub remembers the wrong codes");
        Assert.That(nextPatient.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    [Test]
    public async Task A_session_held_up_for_names_matching_nobody_is_still_held_up_after_a_hub_restart_and_a_new_session_is_not()
    {
        var confused = Guid.NewGuid();
        await using (var kiosk = await Server.KioskAsync())
        {
            await NameLookupTriesTests.MissesAsync(kiosk, confused, NameGuard.FreeMissesPerSession);
        }

        Restart();
        await using var again = await Server.KioskAsync();
        var held = await NameLookupTriesTests.FindAsync(again, DemoPatients.Rahman, confused);
        var nextPatient = await NameLookupTriesTests.FindAsync(again, DemoPatients.Rahman, Guid.NewGuid());

        Assert.That(held, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 5)), "the restarted hub remembers the names");
        Assert.That(nextPatient.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    /// <summary>The same hub again: same data directory, kiosk key, staff account and clock.</summary>
    private void Restart()
    {
        var (dataDirectory, kioskKey, staff) = (Server.DataDirectory, Server.KioskKey, Server.StaffPasscode);
        Server.Dispose();
        Server = new HubServer(dataDirectory, kioskKey, staff, time: Time);
    }

    private static Task<AppointmentLookupResult> FindByCodeAsync(HubConnection kiosk, string code, Guid session) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(code, session));
}
