namespace Kiosk.WaitingRoom.Estimates;

/// <summary>Minutes until called: a range, never a single promise, and why.</summary>
public sealed record WaitEstimate(int LowMinutes, int LikelyMinutes, int HighMinutes, string Reason);

/// <summary>Gives every waiting patient an estimate from the room as it is now.</summary>
public interface IWaitEstimator
{
    IReadOnlyDictionary<Guid, WaitEstimate> Estimate(WaitingRoomDay room, DateTimeOffset now);
}
