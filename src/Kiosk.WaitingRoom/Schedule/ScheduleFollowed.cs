using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Schedule;

/// <summary>What following the clinic system did to one appointment, as reception reads it.</summary>
public enum ScheduleChangeKind
{
    /// <summary>Newly booked in the clinic system.</summary>
    Added,

    /// <summary>Its time, provider, visit type or patient details changed there.</summary>
    Moved,

    /// <summary>Cancelled there (or entered in error), and taken off today's list.</summary>
    Cancelled,

    /// <summary>No longer in the clinic system's day at all, and taken off today's list.</summary>
    Gone,

    /// <summary>Moved to another day in the clinic system, and taken off this day's list.</summary>
    MovedToAnotherDay,

    /// <summary>The clinic system says the patient arrived (checked in at its own desk): checked in here too.</summary>
    CheckedIn,

    /// <summary>The clinic system marked them a no-show.</summary>
    NoShow,

    /// <summary>
    /// The clinic system changed or cancelled an appointment whose patient has already checked in
    /// here: nothing about them was changed; reception decides.
    /// </summary>
    NotApplied,
}

/// <summary>
/// One change, for reception: who (the appointment as it is now, or as it was when it was
/// taken off), and, for <see cref="ScheduleChangeKind.NotApplied"/>, what the clinic system said.
/// </summary>
public sealed record ScheduleChange(ScheduleChangeKind Kind, Appointment Appointment, SourceStatus? SaidStatus = null, DateTimeOffset? SaidStartsAt = null);

/// <summary>Everything one import did to one day; <see cref="Unchanged"/> counts the appointments it found as they were.</summary>
public sealed record ScheduleFollowed(DateOnly Day, IReadOnlyList<ScheduleChange> Changes, int Unchanged)
{
    public bool ChangedAnything => Changes.Any(c => c.Kind != ScheduleChangeKind.NotApplied);

    public int Count(ScheduleChangeKind kind) => Changes.Count(c => c.Kind == kind);
}
