using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Simulator.Simulation;

/// <summary>A patient's fate, drawn before the day starts so the draws never depend on how the day unfolds.</summary>
internal sealed class PlannedPatient
{
    public required PatientIdentity Identity { get; init; }

    /// <summary>Null for a walk-in, whose appointment the domain makes on arrival.</summary>
    public required Appointment? Booking { get; init; }

    /// <summary>The appointment time in simulated seconds; the arrival time for a walk-in.</summary>
    public required long BookedAt { get; init; }

    public required string VisitTypeId { get; init; }
    public required bool Shows { get; init; }
    public required long ArriveAt { get; init; }

    /// <summary>Seconds of waiting (past the appointment, or past arrival for a walk-in) before leaving.</summary>
    public required double PatienceSeconds { get; init; }

    /// <summary>The standard-normal draw behind the true duration, so it holds whichever provider sees them.</summary>
    public required double DurationZ { get; init; }

    /// <summary>Which kind of visit of its type's mix this is (0 for a type without a mix): the clinic cannot tell at check-in.</summary>
    public required int Component { get; init; }

    public required long WalkToRoomSeconds { get; init; }
    public required Guid CheckInKey { get; init; }

    public Visit? Visit { get; set; }
    public double? ServiceMinutes { get; set; }

    /// <summary>Booked and here no later than the appointment: any wait past it is the provider's.</summary>
    public bool OnTime => Booking is { } booking && Visit?.ArrivedAt <= booking.StartsAt;
}

/// <summary>A provider's day as it will really go: when they start, how long lunch takes, when they are interrupted.</summary>
internal sealed record ProviderPlan(
    long ActualStart,
    long? LunchAt,
    long LunchSeconds,
    IReadOnlyList<(long At, long Seconds)> Interruptions,
    long? SickAt);
