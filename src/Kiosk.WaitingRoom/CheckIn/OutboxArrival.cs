using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>
/// A check-in that reached the hub from a kiosk's outbox: when the patient really checked in
/// (<see cref="RecordedAt"/>, the kiosk's clock), the phone token the kiosk put in their QR code,
/// whether the kiosk told them they were checked in before the hub answered (<see cref="Told"/>),
/// the booking as the kiosk's copy had it (<see cref="Copy"/>; null for walk-ins and bookings found
/// online), and who they said they are, for reception (<see cref="Patient"/>).
/// </summary>
public sealed record OutboxArrival(Guid Key, string Kiosk, DateTimeOffset RecordedAt, string? Token, bool Told, PatientIdentity Patient, Appointment? Copy = null);

/// <summary>What a delivery from an outbox came to: a visit (new or the one they already had), or a refusal the kiosk should stop retrying.</summary>
public sealed record OutboxDelivery(CheckInOutcome? Visit, CheckInRefusedException? Refused);
