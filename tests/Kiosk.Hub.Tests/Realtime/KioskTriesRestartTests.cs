using Kiosk.Hub.CheckIn;
using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>Restarting the hub does not give someone guessing at a kiosk a fresh round of tries.</summary>
public sealed class KioskTriesRestartTests : OnTheHubsClock
{
    [Test]
    public async Task A_kiosk_stopped_for_wrong_codes_is_still_stopped_after_a_hub_restart_until_five_minutes_pass()
    {
        await using (var kiosk = await Server.KioskAsync())
        {
            for (var i = 0; i < CodeTries.MaxWrong; i++)
            {
                Assert.That((await FindByCodeAsync(kiosk, $"ZZZZZ{i + 2}")).Outcome, Is.EqualTo(LookupOutcome.NotFound));
            }
        }

        Restart();
        await using var again = await Server.KioskAsync();
        var locked = await FindByCodeAsync(again, DemoCodes.Rahman);
        Time.Advance(CodeTries.Window);
        var later = await FindByCodeAsync(again, DemoCodes.Rahman);

        Assert.That(locked, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TooManyTries, null, null)), "the restarted hub remembers the wrong codes");
        Assert.That(later.Outcome, Is.EqualTo(LookupOutcome.Found), "the wrong codes are five minutes old");
    }

    [Test]
    public async Task A_kiosk_stopped_for_names_matching_nobody_is_still_stopped_after_a_hub_restart()
    {
        await using (var kiosk = await Server.KioskAsync())
        {
            for (var i = 0; i < NameTries.MaxWrong; i++)
            {
                var guess = DemoPatients.Rahman with { DateOfBirth = DemoPatients.Rahman.DateOfBirth.AddDays(i + 1) };
                Assert.That((await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), guess)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
            }
        }

        Restart();
        await using var again = await Server.KioskAsync();
        var locked = await again.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Rahman);

        Assert.That(locked, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TooManyTries, null, null)));
    }

    /// <summary>The same hub again: same data directory, kiosk key, staff account and clock.</summary>
    private void Restart()
    {
        var (dataDirectory, kioskKey, staff) = (Server.DataDirectory, Server.KioskKey, Server.StaffPasscode);
        Server.Dispose();
        Server = new HubServer(dataDirectory, kioskKey, staff, time: Time);
    }

    private static Task<AppointmentLookupResult> FindByCodeAsync(HubConnection kiosk, string code) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(code));
}
