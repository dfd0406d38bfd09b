using Kiosk.Contracts.Offline;

namespace Kiosk.Contracts;

/// <summary>
/// Check in for a found appointment. Last name and date of birth are sent again so that an
/// appointment id alone can never check anybody in.
/// </summary>
public sealed record CheckInRequest(Guid IdempotencyKey, Guid AppointmentId, string LastName, DateOnly DateOfBirth, CareNotes? Care = null, OutboxStamp? Outbox = null);
