using System.Security.Claims;
using System.Text.RegularExpressions;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Staff;

public enum SignInOutcome
{
    SignedIn,
    Refused,
    LockedOut,
}

/// <summary>
/// Staff accounts: created by an admin from the command line (never a default password),
/// passwords hashed with ASP.NET Core Identity's hasher, and a lock after repeated failures.
/// </summary>
public sealed partial class StaffAccounts(HubDb db, TimeProvider time)
{
    public const int MinimumPasswordLength = 12;
    public const int FailuresBeforeLock = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(5);
    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    public async Task<StaffAccount> CreateAsync(string userName, string password, string role, CancellationToken ct = default)
    {
        var name = Normalise(userName);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException("A user name is 3 to 40 letters, digits, dots, dashes or underscores.", nameof(userName));
        }

        if (role is not (Roles.Reception or Roles.Admin))
        {
            throw new ArgumentException($"The role is '{Roles.Reception}' or '{Roles.Admin}'.", nameof(role));
        }

        if (password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"A password needs at least {MinimumPasswordLength} characters.", nameof(password));
        }

        if (await db.StaffAccounts.AnyAsync(a => a.UserName == name, ct))
        {
            throw new ArgumentException($"There is already a user called '{name}'.", nameof(userName));
        }

        var account = new StaffAccount { Id = Guid.NewGuid(), UserName = name, PasswordHash = "", Role = role, CreatedAt = time.GetUtcNow() };
        account.PasswordHash = Hasher.HashPassword(account, password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<(SignInOutcome Outcome, ClaimsPrincipal? Principal)> SignInAsync(string userName, string password, string scheme, CancellationToken ct = default)
    {
        var name = Normalise(userName);
        var account = name.Length is > 0 and <= 40 ? await db.StaffAccounts.FirstOrDefaultAsync(a => a.UserName == name, ct) : null;
        var now = time.GetUtcNow();
        if (account is null || account.DisabledAt is not null)
        {
            return (SignInOutcome.Refused, null);
        }

        if (account.LockedUntil > now)
        {
            return (SignInOutcome.LockedOut, null);
        }

        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            if (account.FailedSignIns >= FailuresBeforeLock)
            {
                account.LockedUntil = now + LockFor;
                account.FailedSignIns = 0;
            }

            await db.SaveChangesAsync(ct);
            return (account.LockedUntil > now ? SignInOutcome.LockedOut : SignInOutcome.Refused, null);
        }

        account.FailedSignIns = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return (SignInOutcome.SignedIn, Principal(account, scheme));
    }

    public Task<List<StaffAccount>> ListAsync(CancellationToken ct = default) =>
        db.StaffAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(ct);

    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>An admin may do everything reception does.</summary>
    private static ClaimsPrincipal Principal(StaffAccount account, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName), new(ClaimTypes.NameIdentifier, account.Id.ToString()), new(ClaimTypes.Role, Roles.Reception) };
        if (account.Role == Roles.Admin)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Admin));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    [GeneratedRegex("^[a-z0-9._-]{3,40}$")]
    private static partial Regex ValidName();
}
