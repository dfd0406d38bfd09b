using Kiosk.Contracts;
using Kiosk.Contracts.Health;
using Kiosk.Hub.Tests.Health;
using Kiosk.Testing;
using Kiosk.WaitingRoom.CheckIn;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// Wrong confirmation codes slow the session that typed them, not the patient behind; a code found
/// by several guessing sessions goes to the desk; a kiosk being probed is slowed a little and shown to reception.
/// </summary>
public sealed class CodeGuessingTests : OnTheHubsClock
{
    [Test]
    public async Task Five_wrong_codes_make_that_session_wait_five_seconds_while_the_next_patients_right_code_is_found_at_once()
    {
        await using var kiosk = await Server.KioskAsync();
        var prankster = Guid.NewGuid();
        await WrongCodesAsync(kiosk, prankster, CodeGuard.FreeTriesPerSession);

        var held = await FindAsync(kiosk, DemoCodes.Rahman, prankster);
        var checkIn = await Assert.ThrowsAsync<RefusedCallException>(() => CheckInAsync(kiosk, DemoCodes.Rahman, prankster));
        var nextPatient = await FindAsync(kiosk, DemoCodes.Adeyemi, Guid.NewGuid());
        Time.Advance(TimeSpan.FromSeconds(5));
        var afterTheWait = await FindAsync(kiosk, DemoCodes.Rahman, prankster);

        Assert.That(held, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 5)), "nothing about the appointment while waiting");
        Assert.That(checkIn!.Refusal.Code, Is.EqualTo(RefusalCodes.TryAgainSoon));
        Assert.That(checkIn.Message, Does.Contain("Please wait 5 seconds and try again"));
        Assert.That(nextPatient.Outcome, Is.EqualTo(LookupOutcome.Found), "a new session is not held up by the last one");
        Assert.That(afterTheWait.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    [Test]
    public async Task Wrong_codes_sent_straight_to_check_in_count_for_the_session_too()
    {
        await using var kiosk = await Server.KioskAsync();
        var session = Guid.NewGuid();
        for (var i = 0; i < CodeGuard.FreeTriesPerSession; i++)
        {
            var error = await Assert.ThrowsAsync<RefusedCallException>(() => CheckInAsync(kiosk, $"ZZZZZ{i + 2}", session));
            Assert.That(error!.Refusal.Code, Is.EqualTo(RefusalCodes.AppointmentNotFound));
        }

        Assert.That((await FindAsync(kiosk, DemoCodes.Rahman, session)).Outcome, Is.EqualTo(LookupOutcome.TryAgainSoon));
    }

    [Test]
    public async Task Over_twenty_wrong_codes_in_an_hour_hold_a_new_session_up_thirty_seconds_at_most_never_lock_it_out()
    {
        await using var kiosk = await Server.KioskAsync();
        for (var i = 0; i < 7; i++)
        {
            await WrongCodesAsync(kiosk, Guid.NewGuid(), 3, from: 3 * i);
        }

        var held = await FindAsync(kiosk, DemoCodes.Rahman, Guid.NewGuid());
        Time.Advance(CodeGuard.KioskWait);
        var later = await FindAsync(kiosk, DemoCodes.Rahman, Guid.NewGuid());

        Assert.That(held, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: 30)));
        Assert.That(later.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    [Test]
    public async Task A_code_found_by_four_sessions_that_got_codes_wrong_first_goes_to_the_desk_for_everyone()
    {
        await using var kiosk = await Server.KioskAsync();
        var found = new List<LookupOutcome>();
        for (var i = 0; i < CodeGuard.GuessingSessionsPerCode; i++)
        {
            var session = Guid.NewGuid();
            await WrongCodesAsync(kiosk, session, 1, from: i);
            found.Add((await FindAsync(kiosk, DemoCodes.Rahman, session)).Outcome);
        }

        var freshSession = await FindAsync(kiosk, DemoCodes.Rahman, Guid.NewGuid());
        var checkIn = await Assert.ThrowsAsync<RefusedCallException>(() => CheckInAsync(kiosk, DemoCodes.Rahman, Guid.NewGuid()));
        var otherCode = await FindAsync(kiosk, DemoCodes.Adeyemi, Guid.NewGuid());

        Assert.That(found, Is.EqualTo(new[] { LookupOutcome.Found, LookupOutcome.Found, LookupOutcome.Found, LookupOutcome.SeeReception }));
        Assert.That(freshSession, Is.EqualTo(new AppointmentLookupResult(LookupOutcome.SeeReception, null, null)));
        Assert.That(checkIn!.Refusal.Code, Is.EqualTo(RefusalCodes.SeeDesk));
        Assert.That(otherCode.Outcome, Is.EqualTo(LookupOutcome.Found), "only that code goes to the desk");
    }

    [Test]
    public async Task Reception_is_told_live_when_a_kiosk_has_ten_wrong_codes_in_ten_minutes_and_the_notice_goes_when_it_calms_down()
    {
        var (reception, kiosks, before) = await KioskHealthTests.WatchAsync(Server);
        await using var kiosk = await Server.KioskAsync();

        await WrongCodesAsync(kiosk, Guid.NewGuid(), CodeGuard.FreeTriesPerSession);
        await WrongCodesAsync(kiosk, Guid.NewGuid(), CodeGuard.ProbeWrongCodes - CodeGuard.FreeTriesPerSession, from: 10);
        var probed = await kiosks.NextAsync(l => KioskHealthTests.Lobby(l).Probing is not null);
        Time.Advance(CodeGuard.ProbeWindow);
        await kiosks.NextAsync(l => KioskHealthTests.Lobby(l).Probing is null);

        Assert.That(KioskHealthTests.Lobby(before).Probing, Is.Null);
        Assert.That(KioskHealthTests.Lobby(probed).Probing, Is.EqualTo(new KioskProbing(10, 10)));
        Assert.That(kiosks.All.Where(l => KioskHealthTests.Lobby(l).Probing is { WrongCodes: < 10 }), Is.Empty, "nine wrong codes are not news");
        await reception.DisposeAsync();
    }

    /// <summary>Wrong codes that cannot be anyone's (the demo day has no code ending in ZZ).</summary>
    private static async Task WrongCodesAsync(HubConnection kiosk, Guid session, int count, int from = 0)
    {
        const string Alphabet = ConfirmationCode.Alphabet;
        for (var i = from; i < from + count; i++)
        {
            var wrong = $"{Alphabet[i % Alphabet.Length]}{Alphabet[i / Alphabet.Length]}ZZZZ";
            Assert.That((await FindAsync(kiosk, wrong, session)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        }
    }

    private static Task<AppointmentLookupResult> FindAsync(HubConnection kiosk, string code, Guid session) =>
        kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(code, session));

    private static Task<TicketView> CheckInAsync(HubConnection kiosk, string code, Guid session) =>
        kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckInByCode), new CodeCheckInRequest(Guid.NewGuid(), code, null, session));
}
