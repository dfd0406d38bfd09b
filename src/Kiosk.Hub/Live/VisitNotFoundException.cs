namespace Kiosk.Hub.Live;

/// <summary>Reception acted on a visit that is not in today's room (stale screen, wrong id).</summary>
public sealed class VisitNotFoundException() : InvalidOperationException("That visit is not in today's waiting room. Refresh the board and try again.");

/// <summary>A desk action that makes no sense for this visit as it stands: <paramref name="code"/> is one of Kiosk.Contracts.RefusalCodes, the message says why.</summary>
public sealed class DeskRefusedException(string code, string message) : InvalidOperationException(message)
{
    public string Code { get; } = code;
}
