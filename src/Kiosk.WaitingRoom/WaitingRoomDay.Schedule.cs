using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom;

/// <summary>Following the clinic's own schedule: what it books, moves and cancels reaches today's list.</summary>
public sealed partial class WaitingRoomDay
{
    private readonly List<Appointment> _changedAppointments = [];
    private readonly List<Guid> _removedAppointments = [];

    /// <summary>
    /// Brings the day in line with the clinic system's appointments for it (those in
    /// <paramref name="feed"/> on other days are not this day's business). Idempotent: the same
    /// feed twice changes nothing the second time.
    /// <list type="bullet">
    /// <item>New ones are booked (with the system's confirmation code, else <paramref name="newCode"/>'s); a fulfilled one never seen here is left out.</item>
    /// <item>One the patient has not checked in for follows the system: moved, cancelled, arrived (checked in here, at the time the system says when it can), or no-show.</item>
    /// <item>A patient who has checked in is never touched: what the system says differently is reported as <see cref="ScheduleChangeKind.NotApplied"/>.</item>
    /// <item>One the system moved to another day leaves this day's list (unless its patient checked in).</item>
    /// <item>With <paramref name="wholeDay"/> (a server's answer for the day, not a partial file), an imported appointment the system no longer has is taken off, unless its patient checked in.</item>
    /// </list>
    /// Walk-ins and appointments made here (no source id) are left alone.
    /// </summary>
    public ScheduleFollowed Follow(IEnumerable<SourceAppointment> feed, bool wholeDay, string by, DateTimeOffset now, Func<string> newCode)
    {
        var changes = new List<ScheduleChange>();
        var unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = feed.ToList();
        var elsewhere = all.Where(a => a.Day(Clinic) != Day).Select(a => a.SourceId).ToHashSet(StringComparer.Ordinal);
        foreach (var moved in _appointments.Where(a => a.SourceId is not null && elsewhere.Contains(a.SourceId)).ToList())
        {
            changes.Add(VisitForAppointment(moved.Id) is null
                ? Remove(moved, ScheduleChangeKind.MovedToAnotherDay)
                : new ScheduleChange(ScheduleChangeKind.NotApplied, moved, SaidStatus: SourceStatus.Booked, SaidStartsAt: all.First(a => a.SourceId == moved.SourceId).StartsAt));
            seen.Add(moved.SourceId!);
        }

        foreach (var item in all.Where(a => a.Day(Clinic) == Day))
        {
            if (!seen.Add(item.SourceId))
            {
                continue; // readers report duplicates; the first one counts
            }

            var known = _appointments.FirstOrDefault(a => a.SourceId == item.SourceId);
            var change = known is null ? Add(item, by, now, newCode) : Update(known, item, by, now);
            if (change is null)
            {
                unchanged++;
            }
            else
            {
                changes.Add(change);
            }
        }

        if (wholeDay)
        {
            foreach (var gone in _appointments.Where(a => a.SourceId is not null && !seen.Contains(a.SourceId)).ToList())
            {
                changes.Add(VisitForAppointment(gone.Id) is null
                    ? Remove(gone, ScheduleChangeKind.Gone)
                    : new ScheduleChange(ScheduleChangeKind.NotApplied, gone, SaidStatus: SourceStatus.Cancelled));
            }
        }

        return new ScheduleFollowed(Day, changes, unchanged);
    }

    private ScheduleChange? Add(SourceAppointment item, string by, DateTimeOffset now, Func<string> newCode)
    {
        if (item.Status is SourceStatus.Cancelled or SourceStatus.Fulfilled)
        {
            return null;
        }

        var appointment = new Appointment(Guid.NewGuid(), Day, item.StartsAt, item.ProviderId, item.VisitTypeId, item.Patient,
            ConfirmationCode: item.ConfirmationCode ?? newCode(), SourceId: item.SourceId, Minutes: item.Minutes);
        Book(appointment);
        return item.Status switch
        {
            SourceStatus.Arrived => ArrivedThere(appointment, item, by, now),
            SourceStatus.NoShow => NoShowThere(appointment, by, now),
            _ => new ScheduleChange(ScheduleChangeKind.Added, appointment),
        };
    }

    private ScheduleChange? Update(Appointment known, SourceAppointment item, string by, DateTimeOffset now)
    {
        var updated = known with
        {
            StartsAt = item.StartsAt,
            ProviderId = item.ProviderId,
            VisitTypeId = item.VisitTypeId,
            Patient = item.Patient,
            Minutes = item.Minutes,
            ConfirmationCode = item.ConfirmationCode ?? known.ConfirmationCode,
        };
        var moved = updated != known;
        if (VisitForAppointment(known.Id) is { } visit)
        {
            // Checked in here: the patient is in the room (or was seen); nothing about them changes.
            var differs = moved || item.Status == SourceStatus.Cancelled || (item.Status == SourceStatus.NoShow && visit.State != VisitState.NoShow);
            return differs ? new ScheduleChange(ScheduleChangeKind.NotApplied, known, item.Status, item.StartsAt) : null;
        }

        switch (item.Status)
        {
            case SourceStatus.Cancelled:
                return Remove(known, ScheduleChangeKind.Cancelled);
            case SourceStatus.Fulfilled:
                return null;
        }

        if (moved)
        {
            Replace(updated);
        }

        return item.Status switch
        {
            SourceStatus.Arrived => ArrivedThere(updated, item, by, now),
            SourceStatus.NoShow => NoShowThere(updated, by, now),
            _ => moved ? new ScheduleChange(ScheduleChangeKind.Moved, updated) : null,
        };
    }

    /// <summary>Checked in at the clinic system's own desk: here too, at the time it says, if that is today and not in the future.</summary>
    private ScheduleChange ArrivedThere(Appointment appointment, SourceAppointment item, string by, DateTimeOffset now)
    {
        var at = item.StatusSince is { } since && since <= now && DateOnly.FromDateTime(Clinic.LocalTime(since).DateTime) == Day ? since : now;
        Arrive(Guid.NewGuid(), appointment, by, at, window: null, care: null, token: null);
        return new ScheduleChange(ScheduleChangeKind.CheckedIn, appointment);
    }

    private ScheduleChange NoShowThere(Appointment appointment, string by, DateTimeOffset now)
    {
        MarkNoShow(appointment.Id, by, now);
        return new ScheduleChange(ScheduleChangeKind.NoShow, appointment);
    }

    private void Replace(Appointment updated)
    {
        var i = _appointments.FindIndex(a => a.Id == updated.Id);
        _appointments[i] = updated;
        var unstored = _newAppointments.FindIndex(a => a.Id == updated.Id);
        if (unstored >= 0)
        {
            _newAppointments[unstored] = updated;
        }
        else
        {
            _changedAppointments.RemoveAll(a => a.Id == updated.Id);
            _changedAppointments.Add(updated);
        }
    }

    private ScheduleChange Remove(Appointment appointment, ScheduleChangeKind kind)
    {
        _appointments.RemoveAll(a => a.Id == appointment.Id);
        _changedAppointments.RemoveAll(a => a.Id == appointment.Id);
        if (_newAppointments.RemoveAll(a => a.Id == appointment.Id) == 0)
        {
            _removedAppointments.Add(appointment.Id);
        }

        return new ScheduleChange(kind, appointment);
    }
}
