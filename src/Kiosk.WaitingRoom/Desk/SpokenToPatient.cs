namespace Kiosk.WaitingRoom.Desk;

/// <summary>"I've spoken to them" for a patient waiting past their promise, and when to nudge the desk again.</summary>
public sealed record SpokenToPatient(Guid VisitId, string By, DateTimeOffset At, DateTimeOffset NextPromiseBy);
