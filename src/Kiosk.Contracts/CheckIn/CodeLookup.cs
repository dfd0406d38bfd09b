namespace Kiosk.Contracts;

/// <summary>The confirmation code from a reminder letter or text, typed or scanned; any case, spaces and hyphens ignored.</summary>
public sealed record CodeLookup(string Code);

/// <summary>
/// Check in by confirmation code: the code stands for the last name and date of birth. A wrong
/// code counts against the kiosk's tries, as it does when looking one up.
/// </summary>
public sealed record CodeCheckInRequest(Guid IdempotencyKey, string Code, CareNotes? Care = null);
