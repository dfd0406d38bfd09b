using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.CheckIn;

public enum LookupMatch
{
    One,
    None,
    Several,

    /// <summary>Only the first letters were given and they do not tell today's patients with that birth date apart: ask for one more letter.</summary>
    MoreLetters,
}

/// <summary>The result of looking a patient up; with several matches nothing about any of them is given.</summary>
public sealed record Lookup(LookupMatch Match, Appointment? Appointment, Visit? ExistingVisit);

/// <summary>The result of a check-in; <see cref="Created"/> is false when an earlier one is returned.</summary>
public sealed record CheckInOutcome(Visit Visit, bool Created);
