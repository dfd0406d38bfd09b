namespace Kiosk.WaitingRoom.Clinic;

/// <summary>
/// A booked appointment for one clinic day, as imported or seeded. A walk-in gets one too, made
/// when they arrive, starting at their arrival (and no confirmation code: they have no letter).
/// </summary>
public sealed record Appointment(
    Guid Id,
    DateOnly Day,
    DateTimeOffset StartsAt,
    string ProviderId,
    string VisitTypeId,
    PatientIdentity Patient,
    bool WalkIn = false,
    string? ConfirmationCode = null);

public sealed record PatientIdentity(string FirstName, string LastName, DateOnly DateOfBirth)
{
    /// <summary>Stands in for a patient whose data is past retention, or who is never named (history exports).</summary>
    public static PatientIdentity Forgotten { get; } = new("-", "-", DateOnly.MinValue);

    public string DisplayName => $"{FirstName} {LastName}";
}
