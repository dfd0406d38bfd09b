using Kiosk.Contracts;

namespace Kiosk.Hub.Room;

/// <summary>
/// The middle of the ranges told to people waiting now: roughly what someone joining them can
/// expect. The kiosk's "About 10–20 min right now" takes it over the whole room, the TV over each
/// provider's line. Null when nobody is waiting with an estimate: then nothing is shown rather than a guess.
/// </summary>
public static class TypicalWait
{
    public static WaitRange? Of(IEnumerable<TicketView> tickets)
    {
        var told = tickets.Where(t => t.Status == VisitStatus.Waiting && t.Estimate is not null).Select(t => t.Estimate!).ToList();
        return told.Count == 0
            ? null
            : new WaitRange(Median(told.Select(t => t.LowMinutes)), Median(told.Select(t => t.LikelyMinutes)), Median(told.Select(t => t.HighMinutes)), "");
    }

    private static int Median(IEnumerable<int> values)
    {
        var ordered = values.Order().ToList();
        return ordered[(ordered.Count - 1) / 2];
    }
}
