namespace Kiosk.WaitingRoom.Estimates;

/// <summary>A range a patient saw on the kiosk or their phone, and when: kept to measure how honest we were.</summary>
public sealed record ShownEstimate(Guid VisitId, DateTimeOffset At, WaitEstimate Estimate);
