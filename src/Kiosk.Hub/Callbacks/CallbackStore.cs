using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Callbacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kiosk.Hub.Callbacks;

/// <summary>The visit a question belongs to, as reception and the pushes need it.</summary>
public sealed record AskingVisit(Guid VisitId, DateOnly Day, string Code, string Token, string PatientName);

/// <summary>A question with the clinic day and ticket of the visit it was asked about.</summary>
public sealed record AskedQuestion(CallbackRequest Request, DateOnly Day, string TicketCode);

/// <summary>Loads callback requests into the domain and writes back each step it accepts.</summary>
public sealed class CallbackStore(HubDb db)
{
    public async Task<AskingVisit?> VisitByTokenAsync(string token, CancellationToken ct) =>
        (await VisitsAsync(db.Visits.Where(v => v.Token == token), ct)).Values.FirstOrDefault();

    public async Task<IReadOnlyDictionary<Guid, AskingVisit>> VisitsAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await VisitsAsync(db.Visits.Where(v => wanted.Contains(v.Id)), ct);
    }

    public async Task<(CallbackRequestRow Row, CallbackRequest Request)?> FindByKeyAsync(Guid key, CancellationToken ct) =>
        Loaded(await db.CallbackRequests.Include(c => c.Events).FirstOrDefaultAsync(c => c.IdempotencyKey == key, ct));

    public async Task<(CallbackRequestRow Row, CallbackRequest Request)?> FindAsync(Guid id, CancellationToken ct) =>
        Loaded(await db.CallbackRequests.Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct));

    public async Task<IReadOnlyList<CallbackRequest>> ForVisitAsync(Guid visitId, CancellationToken ct) =>
        (await db.CallbackRequests.AsNoTracking().Include(c => c.Events).Where(c => c.VisitId == visitId).ToListAsync(ct))
            .Select(ToDomain).OrderBy(r => r.ReceivedAt).ToList();

    /// <summary>Everything not closed, plus what was closed since <paramref name="closedSince"/>. (SQLite cannot compare DateTimeOffset in SQL.)</summary>
    public async Task<IReadOnlyList<CallbackRequest>> ForQueueAsync(DateTimeOffset closedSince, CancellationToken ct) =>
        (await db.CallbackRequests.AsNoTracking().Include(c => c.Events).Where(c => c.PurgedAt == null).ToListAsync(ct))
            .Where(c => c.ClosedAt is null || c.ClosedAt >= closedSince)
            .Select(ToDomain).OrderBy(r => r.ReceivedAt).ToList();

    /// <summary>Every request, purged or not (the report needs only topic, times and states), received from <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<CallbackRequest>> ReceivedSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        (await db.CallbackRequests.AsNoTracking().Include(c => c.Events).ToListAsync(ct))
            .Where(c => c.ReceivedAt >= since)
            .Select(ToDomain).ToList();

    /// <summary>Every question asked about a visit of the days from <paramref name="first"/> to <paramref name="last"/>, purged or not, oldest first.</summary>
    public async Task<IReadOnlyList<AskedQuestion>> AskedOnDaysAsync(DateOnly first, DateOnly last, CancellationToken ct)
    {
        var asked = await (from c in db.CallbackRequests.AsNoTracking().Include(c => c.Events)
                           join v in db.Visits.AsNoTracking() on c.VisitId equals v.Id
                           where v.Day >= first && v.Day <= last
                           select new { Row = c, v.Day, v.Code })
            .ToListAsync(ct);
        return [.. asked.Select(a => new AskedQuestion(ToDomain(a.Row), a.Day, a.Code)).OrderBy(a => a.Request.ReceivedAt)];
    }

    public void Add(CallbackRequest request, Guid idempotencyKey) => db.CallbackRequests.Add(new CallbackRequestRow
    {
        Id = request.Id,
        IdempotencyKey = idempotencyKey,
        VisitId = request.Question.VisitId,
        TopicId = request.Question.TopicId,
        Text = request.Question.Text,
        ReplyBy = request.Question.ReplyBy.ToString(),
        Phone = request.Question.Phone,
        Language = request.Question.Language,
        State = request.State.ToString(),
        ReceivedAt = request.ReceivedAt,
        Deadline = request.Deadline,
        Events = request.Events.Select(e => ToRow(request.Id, e)).ToList(),
    });

    public void Record(CallbackRequestRow row, CallbackRequest request, CallbackEvent e)
    {
        row.State = request.State.ToString();
        row.ClosedAt = request.ClosedAt;
        db.CallbackEvents.Add(ToRow(request.Id, e));
    }

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    /// <summary>One step, one transaction, with the room's next number in it.</summary>
    public Task<IDbContextTransaction> BeginAsync(CancellationToken ct) => db.Database.BeginTransactionAsync(ct);

    public Task<long> NextSequenceAsync(string clinicId, CancellationToken ct) => db.NextSequenceAsync(clinicId, ct);

    public Task<long> SequenceAsync(string clinicId, CancellationToken ct) => db.LastSequenceAsync(clinicId, ct);

    public static CallbackRequest ToDomain(CallbackRequestRow row) => CallbackRequest.Restore(
        new CallbackQuestion(row.Id, row.VisitId, row.TopicId, row.Text, Enum.Parse<ReplyBy>(row.ReplyBy), row.Phone, row.Language),
        row.Deadline,
        row.Events.OrderBy(e => e.Id).Select(e => new CallbackEvent(Enum.Parse<CallbackEventKind>(e.Kind), e.At, e.By, e.Detail)));

    private static (CallbackRequestRow, CallbackRequest)? Loaded(CallbackRequestRow? row) => row is null ? null : (row, ToDomain(row));

    private static CallbackEventRow ToRow(Guid requestId, CallbackEvent e) =>
        new() { RequestId = requestId, Kind = e.Kind.ToString(), At = e.At, By = e.By, Detail = e.Detail };

    private async Task<Dictionary<Guid, AskingVisit>> VisitsAsync(IQueryable<VisitRow> visits, CancellationToken ct) =>
        await (from v in visits.AsNoTracking()
               join a in db.Appointments.AsNoTracking() on v.AppointmentId equals a.Id
               select new AskingVisit(v.Id, v.Day, v.Code, v.Token, a.FirstName + " " + a.LastName))
            .ToDictionaryAsync(v => v.VisitId, ct);
}
