using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// The one table from the refusals the domain and the hub's services throw to the contract's
/// <see cref="Refusal"/>: the code comes from the refusal's kind, the English from its message.
/// </summary>
public static class Refusals
{
    /// <summary>The refusal <paramref name="exception"/> stands for, or null when it is not a refusal but a fault.</summary>
    public static Refusal? From(Exception exception) => exception switch
    {
        RefusedException e => e.Refusal,
        CheckInRefusedException e => new(Code(e.Reason), e.Message),
        VisitNotFoundException e => new(RefusalCodes.VisitNotFound, e.Message),
        VisitTransitionException e => new(RefusalCodes.NotAllowedNow, e.Message),
        DeskRefusedException e => new(Code(e.Reason), e.Message),
        CallbackAlreadyClaimedException e => new(RefusalCodes.SomeoneElseHasIt, e.Message),
        CallbackTransitionException e => new(RefusalCodes.NotAllowedNow, e.Message),
        CallbackNotFoundException e => new(RefusalCodes.QuestionNotFound, e.Message),
        _ => null,
    };

    private static string Code(DeskRefusal reason) => reason switch
    {
        DeskRefusal.UnknownRoom => RefusalCodes.UnknownRoom,
        DeskRefusal.AlreadyInThatLine => RefusalCodes.AlreadyInThatLine,
        DeskRefusal.NotWaiting => RefusalCodes.NotWaiting,
        DeskRefusal.NotOverdue => RefusalCodes.NotOverdue,
        DeskRefusal.AlreadySpokenTo => RefusalCodes.AlreadySpokenTo,
        DeskRefusal.NotInWaitingRoom => RefusalCodes.NotInWaitingRoom,
        DeskRefusal.NotSeenYet => RefusalCodes.NotSeenYet,
        DeskRefusal.AlertNotFound => RefusalCodes.AlertNotFound,
        DeskRefusal.SomeoneElseIsGoing => RefusalCodes.SomeoneElseHasIt,
        DeskRefusal.NoLongerNeeded => RefusalCodes.NotAllowedNow,
        DeskRefusal.NoDelaySuggested => RefusalCodes.NoDelaySuggested,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A desk refusal without a contract code."),
    };

    private static string Code(CheckInRefusal reason) => reason switch
    {
        CheckInRefusal.AppointmentNotFound => RefusalCodes.AppointmentNotFound,
        CheckInRefusal.DetailsDoNotMatch => RefusalCodes.DetailsDoNotMatch,
        CheckInRefusal.NotToday => RefusalCodes.NotToday,
        CheckInRefusal.VisitClosed => RefusalCodes.VisitClosed,
        CheckInRefusal.TooEarly => RefusalCodes.TooEarly,
        CheckInRefusal.TooLate => RefusalCodes.TooLate,
        CheckInRefusal.TryAgainSoon => RefusalCodes.TryAgainSoon,
        CheckInRefusal.SeeDesk => RefusalCodes.SeeDesk,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A check-in refusal without a contract code."),
    };
}
