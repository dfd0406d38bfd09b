using Kiosk.Contracts.Health;
using Kiosk.Hub.Realtime;

namespace Kiosk.Hub.Health;

/// <summary>Checks a kiosk's report before it is shown to reception; says what is wrong.</summary>
public static class HeartbeatInput
{
    public const int MaxVersionLength = 64;
    public const int MaxOutboxDepth = 100_000;

    public static KioskHealthReport Report(KioskHealthReport? report)
    {
        if (report is null) throw RefusedException.Invalid("report", "Send a health report with the heartbeat.");
        var version = report.ContentVersion?.Trim() ?? "";
        if (version.Length is 0 or > MaxVersionLength || !version.All(IsVersionChar))
        {
            throw RefusedException.Invalid(nameof(KioskHealthReport.ContentVersion), $"The content version must be 1 to {MaxVersionLength} letters, digits, dots, dashes or underscores.");
        }

        if (report.OutboxDepth is < 0 or > MaxOutboxDepth) throw RefusedException.Invalid(nameof(KioskHealthReport.OutboxDepth), $"The outbox depth must be between 0 and {MaxOutboxDepth}.");
        return report with { ContentVersion = version };
    }

    private static bool IsVersionChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
