using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.Visits;

/// <summary>Drives a visit by event kind, so transition tables can be written as data.</summary>
internal static class VisitSteps
{
    public const string Room = "Room 3";

    public static VisitEvent Do(this Visit visit, VisitEventKind kind, string by, DateTimeOffset at) => kind switch
    {
        VisitEventKind.Arrived => visit.Arrive(by, at),
        VisitEventKind.Called => visit.Call(Room, by, at),
        VisitEventKind.InRoom => visit.EnterRoom(by, at),
        VisitEventKind.Done => visit.Complete(by, at),
        VisitEventKind.NoShow => visit.MarkNoShow(by, at),
        VisitEventKind.LeftWithoutBeingSeen => visit.MarkLeft(by, at),
        VisitEventKind.Cancelled => visit.Cancel(by, at),
        VisitEventKind.Moved => visit.MoveTo(TestClinic.Baker, by, at),
        VisitEventKind.Undone => visit.Undo(by, at),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A new visit brought to <paramref name="state"/> by the usual path, from 9:00 in 5-minute steps.</summary>
    public static Visit VisitIn(VisitState state)
    {
        VisitEventKind[] path = state switch
        {
            VisitState.Expected => [],
            VisitState.Arrived => [VisitEventKind.Arrived],
            VisitState.Called => [VisitEventKind.Arrived, VisitEventKind.Called],
            VisitState.InRoom => [VisitEventKind.Arrived, VisitEventKind.Called, VisitEventKind.InRoom],
            VisitState.Done => [VisitEventKind.Arrived, VisitEventKind.Called, VisitEventKind.InRoom, VisitEventKind.Done],
            VisitState.NoShow => [VisitEventKind.NoShow],
            VisitState.LeftWithoutBeingSeen => [VisitEventKind.Arrived, VisitEventKind.LeftWithoutBeingSeen],
            VisitState.Cancelled => [VisitEventKind.Cancelled],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
        };

        var visit = TestClinic.NewVisit();
        var at = TestClinic.At(9, 0);
        foreach (var kind in path)
        {
            visit.Do(kind, "front-desk", at);
            at = at.AddMinutes(5);
        }

        return visit;
    }
}
