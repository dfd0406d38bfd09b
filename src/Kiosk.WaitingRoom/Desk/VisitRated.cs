namespace Kiosk.WaitingRoom.Desk;

/// <summary>The patient's one tap on "How was your visit today?". The numbers are stored.</summary>
public enum PatientRating
{
    NotGood = 1,
    Okay = 2,
    Good = 3,
}

/// <summary>A visit's answer to "How was your visit today?"; a second answer replaces the first.</summary>
public sealed record VisitRated(Guid VisitId, PatientRating Rating, DateTimeOffset At);
