using System.Text.Json;
using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>"Dr Lee seems about 15 min behind — Confirm / Not now", and the TV's "Dr Lee is running about 15 min late".</summary>
public sealed class RunningLateTests : OnTheHubsClock
{
    [Test]
    public async Task A_first_patient_left_waiting_past_their_time_makes_every_desk_see_a_suggestion_and_confirming_it_tells_the_phone_and_the_tv()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.SecondReceptionAsync();
        await using var tv = await Server.AnonymousAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var shown = new Inbox<RunningLateNow>(tv, nameof(IWaitingRoomClient.RunningLateShown));
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        var otherBoards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        var onOpen = await tv.InvokeAsync<RunningLateNow>(nameof(IWaitingRoomHub.WatchRunningLate));
        Assert.That(onOpen.Late, Is.Empty);
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        Assert.That((await WatchAsync(otherDesk)).Suggestions, Is.Empty, "on time so far");

        Time.Advance(TimeSpan.FromMinutes(16));
        var suggested = (await WatchAsync(otherDesk)).Suggestions;
        Assert.That(suggested, Is.EqualTo(new[] { new DelaySuggestion("lee", "Dr Lee", 15) }));

        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", suggested![0].Minutes, ""));

        var late = await shown.NextAsync();
        Assert.That(late.Late, Is.EqualTo(new[] { new LateNotice("Dr Lee", 15) }));
        Assert.That(late.Sequence, Is.GreaterThan(onOpen.Sequence), "a later change of the room: the TV shows it over what it opened with");
        Assert.That((await updates.NextAsync(t => t.Estimate?.Reason.Contains("running about 15 min behind", StringComparison.Ordinal) == true)).Status, Is.EqualTo(VisitStatus.Waiting));
        var confirmed = await otherBoards.NextAsync(b => b.RunningLate is { Count: 1 });
        Assert.That(confirmed.Suggestions, Is.Empty, "confirmed: nothing more to suggest");

        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 0, ""));
        var cleared = await shown.NextAsync();
        Assert.That(cleared.Late, Is.Empty, "cleared: the TV stops saying it");
        Assert.That(cleared.Sequence, Is.GreaterThan(late.Sequence));
    }

    [Test]
    public async Task The_tv_hears_the_provider_the_minutes_and_a_fixed_reason_but_never_the_desks_typed_words()
    {
        await using var desk = await Server.ReceptionAsync();
        await using var tv = await Server.AnonymousAsync();
        var shown = new Inbox<JsonElement>(tv, nameof(IWaitingRoomClient.RunningLateShown));
        await tv.InvokeAsync<RunningLateNow>(nameof(IWaitingRoomHub.WatchRunningLate));

        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("okafor", 20, "Mr Smith's emergency"));
        var typed = (await shown.NextAsync()).GetRawText();
        await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest("lee", 15, "", LateReasonKind.StartedLate));
        var fixedReason = (await shown.NextAsync()).GetRawText();

        await using var freshTv = await Server.AnonymousAsync();
        var onOpen = (await freshTv.InvokeAsync<RunningLateNow>(nameof(IWaitingRoomHub.WatchRunningLate))).Late;
        Assert.That(typed, Does.Contain("Dr Okafor").And.Contain("20"));
        Assert.That(typed + fixedReason, Does.Not.Contain("Smith").And.Not.Contain("emergency"), "typed words may name someone: they stay on each patient's own screen");
        Assert.That(fixedReason, Does.Contain("StartedLate"), "a fixed reason names no one: the TV words it");
        Assert.That(onOpen, Is.EquivalentTo(new[] { new LateNotice("Dr Okafor", 20), new LateNotice("Dr Lee", 15, LateReasonKind.StartedLate) }));
    }

    [Test]
    public async Task Not_now_hides_the_suggestion_on_every_desk_until_a_quarter_of_an_hour_has_passed()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var otherDesk = await Server.SecondReceptionAsync();
        await kiosk.CheckInAsync(DemoPatients.Rahman);
        var otherBoards = new Inbox<ReceptionBoard>(otherDesk, nameof(IWaitingRoomClient.BoardChanged));
        Time.Advance(TimeSpan.FromMinutes(16));
        Assert.That((await WatchAsync(otherDesk)).Suggestions, Has.Count.EqualTo(1));

        var after = await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.DismissDelaySuggestion), new DismissDelaySuggestionRequest("lee"));

        Assert.That(after.Suggestions, Is.Empty);
        Assert.That((await otherBoards.NextAsync()).Suggestions, Is.Empty, "the other desk sees it go");
        Assert.That(after.RunningLate, Is.Empty, "patients were told nothing");
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.That((await WatchAsync(otherDesk)).Suggestions, Is.Empty, "not yet");
        Time.Advance(TimeSpan.FromMinutes(11));
        Assert.That((await WatchAsync(otherDesk)).Suggestions, Is.EqualTo(new[] { new DelaySuggestion("lee", "Dr Lee", 30) }));
    }

    [Test]
    public async Task Not_now_is_kept_across_a_restart()
    {
        await using (var kiosk = await Server.KioskAsync())
        await using (var desk = await Server.ReceptionAsync())
        {
            await kiosk.CheckInAsync(DemoPatients.Rahman);
            Time.Advance(TimeSpan.FromMinutes(16));
            await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.DismissDelaySuggestion), new DismissDelaySuggestionRequest("lee"));
        }

        var (dataDirectory, kioskKey, staff) = (Server.DataDirectory, Server.KioskKey, Server.StaffPasscode);
        Server.Dispose();
        Server = new HubServer(dataDirectory, kioskKey, staff, time: Time);
        await using var deskAgain = await Server.ReceptionAsync();

        Assert.That((await WatchAsync(deskAgain)).Suggestions, Is.Empty);
        Assert.That(Server.CountRows("DelayNotNow"), Is.EqualTo(1));
    }

    [Test]
    public async Task Not_now_without_a_suggestion_or_for_an_unknown_provider_is_refused_with_the_reason()
    {
        await using var desk = await Server.ReceptionAsync();

        Task NotNow(string provider) => desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.DismissDelaySuggestion), new DismissDelaySuggestionRequest(provider));

        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => NotNow("okafor")))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.NoDelaySuggested).And.Property(nameof(Refusal.Message)).Contains("Nothing suggests Dr Okafor is running late now"));
        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => NotNow("nobody")))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.InvalidInput).And.Property(nameof(Refusal.Message)).Contains("Say which of the clinic's providers"));
        Assert.That((await Assert.ThrowsAsync<RefusedCallException>(() => desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.DismissDelaySuggestion), (object?)null)))!.Refusal, Has.Property(nameof(Refusal.Code)).EqualTo(RefusalCodes.InvalidInput).And.Property(nameof(Refusal.Message)).Contains("Say which of the clinic's providers"));
    }

    private static Task<ReceptionBoard> WatchAsync(HubConnection desk) => desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
}
