using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Live;

/// <summary>
/// The desk going to a patient: "I've spoken to them" for someone waiting past their promise,
/// "I need help now" from a phone, and "I'm going" to an urgent alert. The rules are the day's;
/// logs carry ticket codes only.
/// </summary>
public sealed partial class WaitingRoomService
{
    /// <summary>Who raises "I need help now": the patient's phone.</summary>
    private const string ByPhone = "phone";

    public async Task<BoardRow> AcknowledgeOverdueAsync(AcknowledgeOverdueRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync(async (room, store, now) =>
        {
            var promised = (await store.PromisedForDayAsync(room.Day, ct)).GetValueOrDefault(request.VisitId)?.HighMinutes;
            var showing = estimator.Estimate(room, now).GetValueOrDefault(request.VisitId)?.HighMinutes;
            room.AcknowledgeOverdue(request.VisitId, promised, showing, by, now);
            log.LogInformation("Overdue ticket {Code} spoken to.", room.VisitById(request.VisitId)!.Ticket.Code);
            return new Change(request.VisitId, [], null, BoardChanged: true);
        }, ct);
        return snapshot.Board.Rows.First(r => r.VisitId == change.VisitId);
    }

    /// <summary>"I need help now" from the ticket's phone. While the alert is open, pressing again changes nothing.</summary>
    public Task<TicketView?> NeedHelpAsync(string token, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, (room, visit, now) =>
        {
            if (!room.NeedHelp(visit, ByPhone, now))
            {
                return new Change(visit.Id, [], null);
            }

            log.LogWarning("Ticket {Code} asked for help now.", visit.Ticket.Code);
            return new Change(visit.Id, [visit.Id], null, BoardChanged: true);
        }, ct);

    /// <summary>
    /// "How was your visit today?" from the ticket's phone, once the patient has been seen (in the
    /// room or done). A second tap replaces the first. Null when the token is not today's.
    /// </summary>
    public Task<TicketView?> RateAsync(string token, VisitRating rating, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, (room, visit, now) =>
        {
            room.Rate(visit, DeskViews.Rating(rating), now);
            return new Change(visit.Id, [visit.Id], null, BoardChanged: true);
        }, ct);

    /// <summary>A change asked for by a phone, which proves itself with the ticket token: null when the token is not today's.</summary>
    private async Task<TicketView?> ChangeByTokenAsync(string token, Func<WaitingRoomDay, Visit, DateTimeOffset, Change> change, CancellationToken ct)
    {
        var (current, _) = await ReadAsync(ct);
        if (current.VisitByToken(token) is null)
        {
            return null;
        }

        var (made, snapshot) = await ChangeAsync((room, _, now) =>
            Task.FromResult(change(room, room.VisitByToken(token) ?? throw new VisitNotFoundException(), now)), ct);
        return snapshot.Tickets[made.VisitId];
    }

    /// <summary>"I'm going": the alert clears on every dashboard and the patient's phone says someone is coming.</summary>
    public async Task<UrgentAlert> GoingAsync(AcknowledgeAlertRequest request, string by, CancellationToken ct = default)
    {
        UrgentAlert? view = null;
        await ChangeAsync((room, _, now) =>
        {
            var alert = room.Going(request.AlertId, by, now);
            view = DeskViews.View(room, alert);
            log.LogInformation("Alert for ticket {Code} answered.", view.Code);
            return Task.FromResult(new Change(alert.VisitId, [alert.VisitId], null, BoardChanged: true));
        }, ct);
        return view!;
    }
}
