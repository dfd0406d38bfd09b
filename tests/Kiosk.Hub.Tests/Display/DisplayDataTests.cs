using Kiosk.Contracts;
using Kiosk.Hub.Display;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Display;

/// <summary>What the waiting-room TV is given to show: calls, waits and delays, and nothing about anyone.</summary>
public sealed class DisplayDataTests : OnTheHubsClock
{
    private DisplayService Tv => Server.Services.GetRequiredService<DisplayService>();

    [Test]
    public async Task The_tv_has_the_last_five_calls_newest_first_as_codes_and_rooms()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        var called = new List<CalledTicket>();
        for (var i = 0; i < 6; i++)
        {
            var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(Guid.NewGuid(), "Ingrid", $"Quennell{(char)('a' + i)}", new DateOnly(1971, 3, 14 + i), WalkInReasons.Unwell));
            var room = i % 2 == 0 ? "Room 1" : "Treatment room";
            await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(await VisitIdAsync(desk, ticket.Code), room));
            called.Add(new CalledTicket(ticket.Code, room, Time.GetUtcNow()));
            Time.Advance(TimeSpan.FromSeconds(20));
        }

        var shown = await Tv.DisplayAsync();

        Assert.That(shown.Calls, Is.EqualTo(called.AsEnumerable().Reverse().Take(5)), "the newest first; the sixth call back is gone");
    }

    [Test]
    public async Task Each_providers_wait_is_the_middle_of_the_ranges_told_to_those_waiting_for_them_and_none_for_an_empty_line()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var phone = await Server.AnonymousAsync();
        var tickets = new List<TicketView>();
        foreach (var patient in new[] { DemoPatients.Rahman, DemoPatients.Adeyemi, DemoPatients.OBrien, DemoPatients.Chen })
        {
            var checkedIn = await kiosk.CheckInAsync(patient);
            tickets.Add(checkedIn);
        }

        var now = new List<TicketView>();
        foreach (var ticket in tickets)
        {
            now.Add(await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token));
        }

        var shown = await Tv.DisplayAsync();

        Assert.That(shown.Waits.Select(w => w.ProviderName), Is.EqualTo(new[] { "Dr Lee", "Dr Okafor", "Nurse Patel" }), "every provider, in the clinic file's order");
        foreach (var wait in shown.Waits)
        {
            var line = now.Where(t => t.ProviderName == wait.ProviderName).Select(t => t.Estimate!).ToList();
            ShownWait? expected = line.Count == 0 ? null : ShownWait.Of(Middle(line.Select(e => e.LowMinutes)), Middle(line.Select(e => e.HighMinutes)));
            Assert.That(wait.TypicalWait, Is.EqualTo(expected), wait.ProviderName);
        }

        Assert.That(shown.Waits.Count(w => w.TypicalWait is not null), Is.GreaterThanOrEqualTo(2), "the patients checked in wait in more than one line");
        Assert.That(shown.Waits.Single(w => w.ProviderName == "Nurse Patel").TypicalWait, Is.Null, "nobody waits for the nurse: no number rather than a guess");
    }

    [Test]
    public async Task A_fixed_reason_is_worded_in_the_clinics_language_and_typed_words_never_reach_the_tv()
    {
        await using var desk = await Server.ReceptionAsync();
        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("okafor", 20, "", LateReasonKind.Emergency));
        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("nurse", 10, "Mrs Rahman's long visit"));

        var late = (await Tv.DisplayAsync()).Late;

        Assert.That(late, Is.EqualTo(new[] { new LateNotice("Dr Okafor", 20, LateReasonKind.Emergency), new LateNotice("Nurse Patel", 10) }));
        var words = Server.Services.GetRequiredService<DisplayWords>();
        Assert.That(late.Select(words.Late), Is.EqualTo(new[] { "Dr Okafor is running about 20 min late because of an emergency", "Nurse Patel is running about 10 min late" }));
        Assert.That(words.Wait(ShownWait.Of(12, 31)), Is.EqualTo("About 10–35 min right now"), "the kiosk's words for a range");
        Assert.That(words.Wait(null), Is.EqualTo("Nobody waiting"));
    }

    private static int Middle(IEnumerable<int> values)
    {
        var ordered = values.Order().ToList();
        return ordered[(ordered.Count - 1) / 2];
    }

    private static async Task<Guid> VisitIdAsync(HubConnection desk, string code) =>
        (await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == code).VisitId;
}
