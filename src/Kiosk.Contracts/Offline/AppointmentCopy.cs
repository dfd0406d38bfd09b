namespace Kiosk.Contracts.Offline;

/// <summary>
/// Today's appointments as a kiosk keeps them for when the hub is out of reach: enough to find a booked
/// patient by name and birth date or by code, and to say who they are seeing. The kiosk encrypts it at
/// rest and deletes it when the clinic's day (<see cref="Day"/>, in <see cref="TimeZone"/>) is over.
/// <see cref="PhoneBase"/> is where the QR code points (its token is the kiosk's own).
/// </summary>
public sealed record AppointmentCopy(
    DateOnly Day,
    DateTimeOffset TakenAt,
    string TimeZone,
    int OpensMinutesBefore,
    int ClosesMinutesAfter,
    string PhoneBase,
    IReadOnlyList<CopiedAppointment> Appointments);

/// <summary>One booking of the day in the kiosk's copy. <see cref="CheckedIn"/>: already arrived when the copy was taken.</summary>
public sealed record CopiedAppointment(
    Guid Id,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Code,
    DateTimeOffset StartsAt,
    string ProviderId,
    string ProviderName,
    string VisitTypeId,
    string VisitTypeName,
    bool CheckedIn = false);
