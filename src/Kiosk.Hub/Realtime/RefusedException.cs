using Kiosk.Contracts;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// A refusal found at the hub's door (bad input, a ticket link that is not valid). Thrown so a check
/// can stop a call from anywhere; <see cref="RefusalsAsResults"/> turns it into the method's result.
/// </summary>
public sealed class RefusedException(Refusal refusal) : Exception(refusal.Message)
{
    public Refusal Refusal { get; } = refusal;

    /// <summary>Part of the request is missing or out of range; <paramref name="field"/> names it (the contract's property name).</summary>
    public static RefusedException Invalid(string field, string message) => new(new Refusal(RefusalCodes.InvalidInput, message, field));

    public static RefusedException TicketNotValid(string message = "That ticket link is not valid or the visit has ended.") =>
        new(new Refusal(RefusalCodes.TicketNotValid, message));
}
