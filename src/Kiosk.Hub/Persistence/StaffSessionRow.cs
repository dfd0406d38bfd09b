namespace Kiosk.Hub.Persistence;

/// <summary>One sign-in, kept on the server so that it can be ended there: the cookie only names it.</summary>
public sealed class StaffSessionRow
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset SignedInAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The account's security stamp when this session began.</summary>
    public required string Stamp { get; set; }
}
