namespace Kiosk.WaitingRoom.CheckIn;

public enum CheckInRefusal
{
    AppointmentNotFound,
    DetailsDoNotMatch,
    NotToday,
    VisitClosed,
    TooEarly,
    TooLate,

    /// <summary>Too many wrong codes lately (see <see cref="CodeGuard"/>): nothing was checked.</summary>
    TryAgainSoon,

    /// <summary>The code was found by too many guessing sessions lately: the desk checks its patient in.</summary>
    SeeDesk,
}

/// <summary>A check-in the rules do not allow. Nothing was changed.</summary>
public sealed class CheckInRefusedException(CheckInRefusal reason, string message) : InvalidOperationException(message)
{
    public CheckInRefusal Reason { get; } = reason;
}
