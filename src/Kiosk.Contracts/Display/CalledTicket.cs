namespace Kiosk.Contracts;

/// <summary>What the waiting-room TV shows: a code and a room. Never a name or a reason.</summary>
public sealed record CalledTicket(string Code, string Room, DateTimeOffset CalledAt)
{
    /// <summary>The room's change that made (or last showed) the call: the TV drops calls older than it has shown.</summary>
    public long Sequence { get; init; }

    /// <summary>A call is the same call whichever push carried it: the number is not part of what it is.</summary>
    public bool Equals(CalledTicket? other) =>
        other is not null && (Code, Room, CalledAt) == (other.Code, other.Room, other.CalledAt);

    public override int GetHashCode() => HashCode.Combine(Code, Room, CalledAt);
}
