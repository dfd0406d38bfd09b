using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Schedule;

/// <summary>A status the clinic's system should now show for one of its appointments.</summary>
public sealed record SourceStatusChange(string SourceId, SourceStatus Status, DateTimeOffset At);

/// <summary>
/// Which of a change's visits the clinic's system should hear about: an imported appointment
/// whose patient checked in (arrived), was seen (fulfilled) or never came (no-show), or whose
/// desk action was undone (back to what it was). What the system itself told us is not told back,
/// and a patient who left or whose visit the desk cancelled is the clinic's to record there.
/// </summary>
public static class SourceStatusChanges
{
    public static IReadOnlyList<SourceStatusChange> Of(DayChanges changes, string sourceBy)
    {
        var found = new List<SourceStatusChange>();
        var visits = changes.NewVisits.Select(n => (n.Visit, Before: (SourceStatus?)SourceStatus.Booked))
            .Concat(changes.ChangedVisits.Select(v => (Visit: v, Before: AsSource(StoredState(v)))));
        foreach (var (visit, before) in visits)
        {
            if (visit.Appointment.SourceId is not { } sourceId || visit.Unstored.Count == 0)
            {
                continue;
            }

            var last = visit.Unstored[^1];
            if (AsSource(visit.State) is { } now && now != before && last.By != sourceBy)
            {
                found.Add(new SourceStatusChange(sourceId, now, last.At));
            }
        }

        return found;
    }

    /// <summary>The clinic system's word for where a visit stands, or null where it has none we write.</summary>
    public static SourceStatus? AsSource(VisitState state) => state switch
    {
        VisitState.Expected => SourceStatus.Booked,
        VisitState.Arrived or VisitState.Called or VisitState.InRoom => SourceStatus.Arrived,
        VisitState.Done => SourceStatus.Fulfilled,
        VisitState.NoShow => SourceStatus.NoShow,
        _ => null,
    };

    private static VisitState StoredState(Visit visit) =>
        Visit.Restore(visit.Ticket, visit.Appointment, visit.Trail.Take(visit.Trail.Count - visit.Unstored.Count)).State;
}
