namespace Kiosk.WaitingRoom.Clinic;

/// <summary>
/// A booked appointment for one clinic day, as imported or seeded. A walk-in gets one too, made
/// when they arrive, starting at their arrival (and no confirmation code: they have no letter).
/// An imported one keeps the clinic system's id (<see cref="SourceId"/>, e.g. "Appointment/123"),
/// by which a later import finds it again and its status is written back, and the length the
/// system booked (<see cref="Minutes"/>). A walk-in keeps the reason they gave at the kiosk
/// (<see cref="WalkInReason"/>, one of the kiosk's reason keys such as "unwell") for the desk.
/// </summary>
public sealed record Appointment(
    Guid Id,
    DateOnly Day,
    DateTimeOffset StartsAt,
    string ProviderId,
    string VisitTypeId,
    PatientIdentity Patient,
    bool WalkIn = false,
    string? ConfirmationCode = null,
    string? SourceId = null,
    int? Minutes = null,
    string? WalkInReason = null);

public sealed record PatientIdentity(string FirstName, string LastName, DateOnly DateOfBirth)
{
    /// <summary>Stands in for a patient whose data is past retention, or who is never named (history exports).</summary>
    public static PatientIdentity Forgotten { get; } = new("-", "-", DateOnly.MinValue);

    public string DisplayName => $"{FirstName} {LastName}";
}
