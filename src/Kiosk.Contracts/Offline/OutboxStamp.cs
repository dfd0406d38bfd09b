namespace Kiosk.Contracts.Offline;

/// <summary>
/// Sent with every check-in the kiosk's outbox delivers: when the patient really pressed "Check me in"
/// (<see cref="RecordedAt"/>, the kiosk's clock), the phone token the kiosk already put in the QR code,
/// and whether the screen told the patient they were checked in before the hub answered
/// (<see cref="ToldCheckedIn"/>: the hub was unreachable). A told check-in the hub cannot accept as it
/// is still ends on reception's screen, never silently. <see cref="Copy"/> is the appointment as the
/// kiosk's copy had it, so a booking cancelled meanwhile still names who is sitting in the lobby.
/// </summary>
public sealed record OutboxStamp(DateTimeOffset RecordedAt, string Token, bool ToldCheckedIn, CopiedAppointment? Copy = null);
