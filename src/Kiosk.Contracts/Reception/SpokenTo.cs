namespace Kiosk.Contracts;

/// <summary>"I've spoken to them": who at the desk went and talked to a patient waiting past their promise, and when.</summary>
public sealed record SpokenTo(string By, DateTimeOffset At);

/// <summary>Reception: the overdue patient on this visit has been spoken to.</summary>
public sealed record AcknowledgeOverdueRequest(Guid VisitId);
