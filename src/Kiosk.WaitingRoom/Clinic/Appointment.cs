namespace Kiosk.WaitingRoom.Clinic;

/// <summary>A booked appointment for one clinic day, as imported or seeded.</summary>
public sealed record Appointment(
    Guid Id,
    DateOnly Day,
    DateTimeOffset StartsAt,
    string ProviderId,
    string VisitTypeId,
    PatientIdentity Patient);

public sealed record PatientIdentity(string FirstName, string LastName, DateOnly DateOfBirth)
{
    public string DisplayName => $"{FirstName} {LastName}";
}
