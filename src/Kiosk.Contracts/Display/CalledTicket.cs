namespace Kiosk.Contracts;

/// <summary>What the waiting-room TV shows: a code and a room. Never a name or a reason.</summary>
public sealed record CalledTicket(string Code, string Room, DateTimeOffset CalledAt);
