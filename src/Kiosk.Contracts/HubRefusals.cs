namespace Kiosk.Contracts;

/// <summary>
/// Codes a refusal's message starts with when the screen should word it itself, in the patient's
/// language: "too-many-requests: …". The rest of the message is English for whoever reads the logs.
/// </summary>
public static class HubRefusals
{
    /// <summary>A limit on how often a kiosk or a ticket may ask was reached; trying again later works.</summary>
    public const string TooManyRequests = "too-many-requests";

    public static string Message(string code, string english) => $"{code}: {english}";

    public static bool IsTooManyRequests(string message) => message.Contains(TooManyRequests + ":", StringComparison.Ordinal);
}
