using Kiosk.Contracts.Offline;

namespace Kiosk.Contracts;

/// <summary>Someone without an appointment checks in. The same idempotency key twice returns the first ticket.</summary>
public sealed record WalkInRequest(Guid IdempotencyKey, string FirstName, string LastName, DateOnly DateOfBirth, string Reason, CareNotes? Care = null, OutboxStamp? Outbox = null);

/// <summary>The short list a walk-in chooses from; the kiosk shows each in the patient's language.</summary>
public static class WalkInReasons
{
    public const string Unwell = "unwell";
    public const string Injury = "injury";
    public const string Prescription = "prescription";
    public const string Test = "test";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Unwell, Injury, Prescription, Test, Other];
}
