namespace Kiosk.Contracts;

/// <summary>
/// The confirmation code from a reminder letter or text, typed or scanned; any case, spaces and hyphens ignored.
/// <paramref name="Session"/> is the kiosk's check-in session (new each time it goes back to its start
/// screen): wrong codes are counted per session, so one patient's mistakes never hold up the next.
/// </summary>
public sealed record CodeLookup(string Code, Guid Session = default);

/// <summary>
/// Check in by confirmation code: the code stands for the last name and date of birth. A wrong
/// code counts against the session's tries, as it does when looking one up.
/// </summary>
public sealed record CodeCheckInRequest(Guid IdempotencyKey, string Code, CareNotes? Care = null, Guid Session = default, Offline.OutboxStamp? Outbox = null);
