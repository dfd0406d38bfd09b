using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Callbacks;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Retention;

/// <summary>
/// A question closed longer ago than the window — or still open and asked longer ago — loses its
/// phone number, its words, the answer, the desk's notes and the role it was escalated to. Topic, times, states and who did what
/// stay: the audit and the report. What counts as personal is the domain's call (<see cref="CallbackRequest.ForgetPersonalData"/>).
/// </summary>
internal static class QuestionPurge
{
    public static async Task<int> PurgeAsync(HubDb db, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken ct)
    {
        // SQLite cannot compare DateTimeOffset in SQL: narrow to requests still holding words or numbers, decide in memory.
        // Not "not purged yet": a note added to an open question after its purge must go at the next pass.
        var due = (await db.CallbackRequests.Include(c => c.Events)
                .Where(c => c.Phone != null || c.Text != null || c.Events.Any(e => e.Detail != null))
                .ToListAsync(ct))
            .Where(c => (c.ClosedAt ?? c.ReceivedAt) <= cutoff)
            .ToList();
        foreach (var row in due)
        {
            var request = CallbackStore.ToDomain(row);
            request.ForgetPersonalData();
            row.Phone = request.Question.Phone;
            row.Text = request.Question.Text;
            var events = row.Events.OrderBy(e => e.Id).ToList();
            for (var i = 0; i < events.Count; i++) events[i].Detail = request.Events[i].Detail;
            row.PurgedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
