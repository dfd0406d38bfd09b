namespace Kiosk.Contracts;

/// <summary>
/// Why the hub did not do what was asked: a stable <see cref="RefusalCodes">code</see> that a screen
/// words in its reader's language, and an English <paramref name="Message"/> for logs and staff.
/// </summary>
/// <param name="Field">The part of the request that was wrong, for <see cref="RefusalCodes.InvalidInput"/>.</param>
/// <param name="Example">What is expected instead, e.g. a phone number in the clinic's format.</param>
/// <param name="MaxLength">The longest text accepted, when a text was too long.</param>
public sealed record Refusal(string Code, string Message, string? Field = null, string? Example = null, int? MaxLength = null);

/// <summary>A hub method's outcome when it has nothing to return: done, or refused.</summary>
public sealed record HubResult(Refusal? Refusal)
{
    public static readonly HubResult Done = new((Refusal?)null);

    public static HubResult Refused(Refusal refusal) => new(refusal);

    public static HubResult<T> Ok<T>(T value) => new(value, null);

    public static HubResult<T> Refused<T>(Refusal refusal) => new(default, refusal);
}

/// <summary>A hub method's outcome: its <paramref name="Value"/>, or the <paramref name="Refusal"/> saying why not (never both).</summary>
public sealed record HubResult<T>(T? Value, Refusal? Refusal);
