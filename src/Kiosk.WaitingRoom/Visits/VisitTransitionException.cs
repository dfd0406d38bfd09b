namespace Kiosk.WaitingRoom.Visits;

public sealed class VisitTransitionException : InvalidOperationException
{
    public VisitTransitionException(VisitState from, VisitEventKind attempted)
        : base(attempted == VisitEventKind.Undone
            ? "There is no desk action to undo for this patient."
            : $"A visit that is {Describe(from)} cannot be marked {attempted}.")
    {
        From = from;
        Attempted = attempted;
    }

    public VisitState From { get; }
    public VisitEventKind Attempted { get; }

    private static string Describe(VisitState state) => state switch
    {
        VisitState.Arrived => "waiting",
        VisitState.LeftWithoutBeingSeen => "left without being seen",
        VisitState.NoShow => "a no-show",
        VisitState.InRoom => "in the room",
        _ => state.ToString().ToLowerInvariant(),
    };
}
