using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Desk;

/// <summary>
/// Reception's side of the room: calling a patient, in room / done / no-show / left / undo, moving
/// someone to another provider, saying a provider is running late (or "Not now" to a suggestion),
/// "I've spoken to them" for someone waiting past their promise, and "I'm going" to an urgent
/// alert. The rules are the day's; logs carry ticket codes only.
/// </summary>
public sealed class DeskService(WaitingRoomService room, ClinicProfile clinic, IWaitEstimator estimator, ILogger<DeskService> log)
{
    public async Task<BoardRow> CallAsync(CallVisitRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            var called = day.Call(request.VisitId, request.Room, by, now);
            var visit = day.VisitById(request.VisitId)!;
            log.LogInformation("Called ticket {Code} to {Room}.", visit.Ticket.Code, called.Room);
            return Task.FromResult(new RoomChange(visit.Id, [visit.Id, .. RoomChange.Lines(day, visit.ProviderId)], new CalledTicket(visit.Ticket.Code, called.Room!, now)));
        }, ct);
        return snapshot.Board.Rows.First(r => r.VisitId == change.VisitId);
    }

    /// <summary>In room, done, no-show, left, or undo: one desk action on one visit, then everyone affected hears.</summary>
    public async Task<BoardRow?> ActAsync(DeskActionRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await room.ChangeAsync((day, store, now) =>
        {
            var visit = day.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            var before = visit.ProviderId;
            _ = request.Action switch
            {
                DeskAction.InRoom => visit.EnterRoom(by, now),
                DeskAction.Done => visit.Complete(by, now),
                DeskAction.NoShow => visit.MarkNoShow(by, now),
                DeskAction.LeftWithoutBeingSeen => visit.MarkLeft(by, now),
                DeskAction.Undo => visit.Undo(by, now),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request.Action, "Unknown desk action."),
            };
            log.LogInformation("{Action} for ticket {Code}.", request.Action, visit.Ticket.Code);
            return Task.FromResult(new RoomChange(visit.Id, [visit.Id, .. RoomChange.Lines(day, before, visit.ProviderId)], null));
        }, ct);
        return snapshot.Board.Rows.FirstOrDefault(r => r.VisitId == change.VisitId);
    }

    public async Task<BoardRow?> MoveAsync(MoveVisitRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            var visit = day.VisitById(request.VisitId) ?? throw new VisitNotFoundException();
            var from = visit.ProviderId;
            if (from == request.ToProviderId)
            {
                throw new DeskRefusedException(DeskRefusal.AlreadyInThatLine, $"Ticket {visit.Ticket.Code} is already in {clinic.Provider(from).Name}'s line.");
            }

            visit.MoveTo(request.ToProviderId, by, now);
            log.LogInformation("Moved ticket {Code} from {From} to {To}.", visit.Ticket.Code, from, request.ToProviderId);
            return Task.FromResult(new RoomChange(visit.Id, [visit.Id, .. RoomChange.Lines(day, from, request.ToProviderId)], null));
        }, ct);
        return snapshot.Board.Rows.FirstOrDefault(r => r.VisitId == change.VisitId);
    }

    public async Task<ReceptionBoard> SetDelayAsync(ProviderDelayRequest request, string by, CancellationToken ct = default)
    {
        var (_, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            day.SetProviderDelay(request.ProviderId, request.Minutes, request.Reason, by, now, (LateReason)(int)request.Kind);
            log.LogInformation("{Provider} running {Minutes} min late.", request.ProviderId, request.Minutes);
            return Task.FromResult(new RoomChange(Guid.Empty, [.. RoomChange.Lines(day, request.ProviderId)], null, BoardChanged: true, LateChanged: true));
        }, ct);
        return snapshot.Board;
    }

    /// <summary>"Not now" to "Dr Lee seems about 15 min behind": the suggestion stays away for a while unless the delay grows.</summary>
    public async Task<ReceptionBoard> DismissSuggestionAsync(DismissDelaySuggestionRequest request, string by, CancellationToken ct = default)
    {
        var (_, snapshot) = await room.ChangeAsync((day, _, now) =>
        {
            day.DismissDelaySuggestion(request.ProviderId, by, now);
            log.LogInformation("Delay suggestion for {Provider} put off by the desk.", request.ProviderId);
            return Task.FromResult(new RoomChange(Guid.Empty, [], null, BoardChanged: true));
        }, ct);
        return snapshot.Board;
    }

    public async Task<BoardRow> AcknowledgeOverdueAsync(AcknowledgeOverdueRequest request, string by, CancellationToken ct = default)
    {
        var (change, snapshot) = await room.ChangeAsync(async (day, store, now) =>
        {
            var promised = (await store.PromisedForDayAsync(day.Day, ct)).GetValueOrDefault(request.VisitId)?.HighMinutes;
            var showing = estimator.Estimate(day, now).GetValueOrDefault(request.VisitId)?.HighMinutes;
            day.AcknowledgeOverdue(request.VisitId, promised, showing, by, now);
            log.LogInformation("Overdue ticket {Code} spoken to.", day.VisitById(request.VisitId)!.Ticket.Code);
            return new RoomChange(request.VisitId, [], null, BoardChanged: true);
        }, ct);
        return snapshot.Board.Rows.First(r => r.VisitId == change.VisitId);
    }

    /// <summary>"I'm going": the alert clears on every dashboard and the patient's phone says someone is coming.</summary>
    public async Task<UrgentAlert> GoingAsync(AcknowledgeAlertRequest request, string by, CancellationToken ct = default)
    {
        UrgentAlert? view = null;
        await room.ChangeAsync((day, _, now) =>
        {
            var alert = day.Going(request.AlertId, by, now);
            view = DeskViews.View(day, alert);
            log.LogInformation("Alert for ticket {Code} answered.", view.Code);
            return Task.FromResult(new RoomChange(alert.VisitId, [alert.VisitId], null, BoardChanged: true));
        }, ct);
        return view!;
    }
}
