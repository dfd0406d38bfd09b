namespace Kiosk.Hub.Live;

/// <summary>Reception acted on a visit that is not in today's room (stale screen, wrong id).</summary>
public sealed class VisitNotFoundException() : InvalidOperationException("That visit is not in today's waiting room. Refresh the board and try again.");
