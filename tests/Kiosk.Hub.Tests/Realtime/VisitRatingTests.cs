using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>"How was your visit today?": one tap on the phone once seen, counted on every board.</summary>
public sealed class VisitRatingTests : OnAFreshHub
{
    [Test]
    public async Task A_patient_seen_rates_the_visit_from_the_phone_the_board_counts_it_and_a_second_tap_replaces_the_first()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var boards = new Inbox<ReceptionBoard>(desk, nameof(IWaitingRoomClient.BoardChanged));
        var before = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        var whileWaiting = await Assert.ThrowsAsync<RefusedCallException>(() => RateAsync(phone, ticket.Token, VisitRating.Good));
        var id = before.Rows.Single(r => r.Code == ticket.Code).VisitId;
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));

        var first = await RateAsync(phone, ticket.Token, VisitRating.NotGood);
        var second = await RateAsync(phone, ticket.Token, VisitRating.Good);
        var board = await boards.NextAsync(b => b.Today?.Ratings?.Good == 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Today?.Ratings, Is.EqualTo(new RatingsToday(0, 0, 0)), "nobody has answered yet");
            Assert.That(whileWaiting!.Message, Does.Contain("once you have been seen"));
            Assert.That(whileWaiting.Refusal.Code, Is.EqualTo(RefusalCodes.NotSeenYet));
            Assert.That(first.Rating, Is.EqualTo(VisitRating.NotGood));
            Assert.That(second.Rating, Is.EqualTo(VisitRating.Good), "the phone shows the answer it holds");
            Assert.That(board.Today!.Ratings, Is.EqualTo(new RatingsToday(Good: 1, Okay: 0, NotGood: 0)), "one patient, one answer: the latest");
        }
    }

    [Test]
    public async Task A_rating_without_a_valid_ticket_or_with_an_answer_not_offered_is_refused_with_the_reason()
    {
        await using var phone = await Server.AnonymousAsync();

        var stranger = await Assert.ThrowsAsync<RefusedCallException>(() => RateAsync(phone, "not-a-real-ticket-token-at-all", VisitRating.Good));
        var empty = await Assert.ThrowsAsync<RefusedCallException>(() => phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.RateVisit), (RateVisitRequest?)null));
        var unknown = await Assert.ThrowsAsync<RefusedCallException>(() => RateAsync(phone, "abc", (VisitRating)7));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stranger!.Message, Does.Contain("not valid"));
            Assert.That(empty!.Message, Does.Contain("how the visit went"));
            Assert.That(unknown!.Message, Does.Contain("Good, Okay or NotGood"));
            Assert.That(new[] { stranger.Refusal.Code, empty.Refusal.Code, unknown.Refusal.Code }, Is.EqualTo(new[] { RefusalCodes.TicketNotValid, RefusalCodes.InvalidInput, RefusalCodes.InvalidInput }));
        }
    }

    private static Task<TicketView> RateAsync(HubConnection phone, string token, VisitRating rating) =>
        phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.RateVisit), new RateVisitRequest(token, rating));
}
