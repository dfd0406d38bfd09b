namespace Kiosk.WaitingRoom.CheckIn;

public enum CheckInRefusal
{
    AppointmentNotFound,
    DetailsDoNotMatch,
    NotToday,
    VisitClosed,
    TooEarly,
    TooLate,
}

/// <summary>A check-in the rules do not allow. Nothing was changed.</summary>
public sealed class CheckInRefusedException(CheckInRefusal reason, string message) : InvalidOperationException(message)
{
    public CheckInRefusal Reason { get; } = reason;
}
