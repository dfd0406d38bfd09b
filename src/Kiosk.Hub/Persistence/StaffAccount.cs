namespace Kiosk.Hub.Persistence;

/// <summary>A member of staff who signs in to reception. Only a salted hash of the password is kept.</summary>
public sealed class StaffAccount
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string PasswordHash { get; set; }
    public required string Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>Changes whenever the password changes or the account is disabled: a session signed in under an older stamp is over.</summary>
    public string SecurityStamp { get; set; } = "";
}
