using Kiosk.Contracts;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Live;

/// <summary>
/// The desk going to a patient: "I've spoken to them" for someone waiting past their promise,
/// "I need help now" from a phone, and "I'm going" to an urgent alert. Logs carry ticket codes only.
/// </summary>
public sealed partial class WaitingRoomService
{
    public async Task<BoardRow> AcknowledgeOverdueAsync(AcknowledgeOverdueRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await ChangeAsync(async (room, store, now) =>
        {
            var visit = room.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            if (visit.State != VisitState.Arrived)
            {
                throw new DeskRefusedException(RefusalCodes.NotWaiting, $"Ticket {visit.Ticket.Code} is no longer waiting.");
            }

            var row = (await SnapshotAsync(room, store, now, ct)).Board.Rows.First(r => r.VisitId == visit.Id);
            if (!row.IsOverdue(now))
            {
                throw new DeskRefusedException(row.SpokenTo is null ? RefusalCodes.NotOverdue : RefusalCodes.AlreadySpokenTo, row.SpokenTo is { } s
                    ? $"{s.By} spoke to ticket {visit.Ticket.Code} at {LocalTime(s.At)}; they have not waited past what they were told since."
                    : $"Ticket {visit.Ticket.Code} has not waited past what they were told yet.");
            }

            var showing = estimator.Estimate(room, now).GetValueOrDefault(visit.Id)?.HighMinutes;
            store.AddSpokenTo(visit.Id, room.Day, new SpokenTo(by, now), DeskViews.NextPromiseBy(now, showing));
            log.LogInformation("Overdue ticket {Code} spoken to.", visit.Ticket.Code);
            return new Change(visit.Id, [], null, BoardChanged: true);
        }, ct);
        return snapshot.Board.Rows.First(r => r.VisitId == change.VisitId);
    }

    /// <summary>"I need help now" from the ticket's phone. While the alert is open, pressing again changes nothing.</summary>
    public Task<TicketView?> NeedHelpAsync(string token, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, async (room, store, visit, now) =>
        {
            if (visit.State is not (VisitState.Arrived or VisitState.Called))
            {
                throw new DeskRefusedException(RefusalCodes.NotInWaitingRoom, "You are no longer in the waiting room. If you need help, please tell any member of staff.");
            }

            if (await store.OpenHelpAlertAsync(visit.Id, ct) is not null)
            {
                return new Change(visit.Id, [], null);
            }

            store.AddAlert(visit.Id, room.Day, AlertKind.HelpNow, "phone", now);
            log.LogWarning("Ticket {Code} asked for help now.", visit.Ticket.Code);
            return new Change(visit.Id, [visit.Id], null, BoardChanged: true);
        }, ct);

    /// <summary>
    /// "How was your visit today?" from the ticket's phone, once the patient has been seen (in the
    /// room or done). A second tap replaces the first. Null when the token is not today's.
    /// </summary>
    public Task<TicketView?> RateAsync(string token, VisitRating rating, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, async (room, store, visit, now) =>
        {
            if (visit.State is not (VisitState.InRoom or VisitState.Done))
            {
                throw new DeskRefusedException(RefusalCodes.NotSeenYet, "You can tell us how your visit went once you have been seen.");
            }

            await store.RateAsync(visit.Id, room.Day, rating, now, ct);
            return new Change(visit.Id, [visit.Id], null, BoardChanged: true);
        }, ct);

    /// <summary>A change asked for by a phone, which proves itself with the ticket token: null when the token is not today's.</summary>
    private async Task<TicketView?> ChangeByTokenAsync(string token, Func<WaitingRoomDay, WaitingRoomStore, Visit, DateTimeOffset, Task<Change>> change, CancellationToken ct)
    {
        var (current, _) = await ReadAsync(ct);
        if (current.VisitByToken(token) is null)
        {
            return null;
        }

        var (made, snapshot) = await ChangeAsync((room, store, now) =>
            change(room, store, room.VisitByToken(token) ?? throw new VisitNotFoundException(), now), ct);
        return snapshot.Tickets[made.VisitId];
    }

    /// <summary>"I'm going": the alert clears on every dashboard and the patient's phone says someone is coming.</summary>
    public async Task<UrgentAlert> GoingAsync(AcknowledgeAlertRequest request, string by, CancellationToken ct = default)
    {
        UrgentAlert? view = null;
        var (change, snapshot) = await ChangeAsync(async (room, store, now) =>
        {
            var (alert, took) = await store.GoingAsync(request.AlertId, by, now, ct) ?? throw new DeskRefusedException(RefusalCodes.AlertNotFound, "That alert is not known; it may be from another day.");
            view = DeskViews.View(room, alert);
            if (!took)
            {
                throw new DeskRefusedException(RefusalCodes.SomeoneElseHasIt, $"{alert.GoingBy} is already going to ticket {view.Code} (since {LocalTime(alert.GoingAt!.Value)}).");
            }

            log.LogInformation("Alert for ticket {Code} answered.", view.Code);
            return new Change(alert.VisitId, [alert.VisitId], null, BoardChanged: true);
        }, ct);
        return view!;
    }

    private static void RaiseIfFeelingWorse(WaitingRoomStore store, Visit visit, CareNotes? care, string by, DateTimeOffset now)
    {
        if (care?.FeelingWorse == true)
        {
            store.AddAlert(visit.Id, visit.Ticket.Day, AlertKind.FeelingWorse, by, now);
        }
    }

    private string LocalTime(DateTimeOffset at) => clinic.LocalTime(at).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
