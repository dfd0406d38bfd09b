using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>Reads an export's days from the database, through the domain, into the domain's export lines.</summary>
public sealed class ExportSource(WaitingRoomStore store, CallbackStore callbacks, ClinicProfile clinic, TimeProvider time)
{
    public async Task<IReadOnlyList<VisitLine>> VisitsAsync(ExportRequest request, CancellationToken ct) =>
        [.. (await RoomsAsync(request.Range, ct)).SelectMany(room => VisitLine.For(room, request.WithPersonalData))];

    public async Task<IReadOnlyList<EstimateLine>> EstimatesAsync(ExportRequest request, CancellationToken ct)
    {
        var lines = new List<EstimateLine>();
        foreach (var room in await RoomsAsync(request.Range, ct))
        {
            lines.AddRange(EstimateLine.For(room, await store.PromisedForDayAsync(room.Day, ct), await store.ShownAsync(room.Day, ct)));
        }

        return lines;
    }

    public async Task<IReadOnlyList<QuestionLine>> QuestionsAsync(ExportRequest request, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return [.. (await callbacks.AskedOnDaysAsync(request.Range.From, request.Range.To, ct))
            .OrderBy(a => a.Day)
            .Select(a => QuestionLine.For(a.Request, a.Day, a.TicketCode, clinic, now, request.WithPersonalData))];
    }

    public async Task<IReadOnlyList<RatingLine>> RatingsAsync(ExportRequest request, CancellationToken ct) =>
        [.. (await RoomsAsync(request.Range, ct)).SelectMany(RatingLine.For)];

    private async Task<IReadOnlyList<WaitingRoomDay>> RoomsAsync(ExportRange range, CancellationToken ct)
    {
        var rooms = new List<WaitingRoomDay>();
        foreach (var day in await store.DaysBookedAsync(range.From, range.To, ct))
        {
            rooms.Add(await store.LoadDayAsync(day, ct));
        }

        return rooms;
    }
}
