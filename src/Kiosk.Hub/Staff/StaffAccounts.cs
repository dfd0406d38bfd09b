using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Kiosk.Hub.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Staff;

public enum SignInOutcome
{
    SignedIn,
    Refused,
    Throttled,
}

/// <param name="Wait">When throttled, how long until the next attempt from this address is counted.</param>
public sealed record SignInResult(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, TimeSpan Wait = default);

/// <summary>
/// Staff accounts: created by an admin from the command line (never a default password), passwords
/// hashed with ASP.NET Core Identity's hasher, sign-in slowed by <see cref="SignInThrottle"/>.
/// </summary>
public sealed partial class StaffAccounts(HubDb db, TimeProvider time, SignInThrottle throttle, StaffSessions sessions)
{
    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    // An unknown user's password is checked against this, so that it costs the same time as a known one's.
    private static readonly string DummyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString());

    public async Task<StaffAccount> CreateAsync(string userName, string password, string role, CancellationToken ct = default)
    {
        var name = Normalise(userName);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException("A user name is 3 to 40 letters, digits, dots, dashes or underscores.", nameof(userName));
        }

        if (role is not (StaffRoles.Reception or StaffRoles.Admin))
        {
            throw new ArgumentException($"The role is '{StaffRoles.Reception}' or '{StaffRoles.Admin}'.", nameof(role));
        }

        RequireGood(password, name);
        if (await db.StaffAccounts.AnyAsync(a => a.UserName == name, ct))
        {
            throw new ArgumentException($"There is already a user called '{name}'.", nameof(userName));
        }

        var account = new StaffAccount { Id = Guid.NewGuid(), UserName = name, PasswordHash = "", Role = role, CreatedAt = time.GetUtcNow(), SecurityStamp = NewStamp() };
        account.PasswordHash = Hasher.HashPassword(account, password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<SignInResult> SignInAsync(string userName, string password, IPAddress? from, string scheme, CancellationToken ct = default)
    {
        var name = Normalise(userName);
        if (await throttle.AdmitAsync(name, from, ct) is { } wait)
        {
            return new SignInResult(SignInOutcome.Throttled, Wait: wait);
        }

        var account = name.Length is > 0 and <= 40 ? await db.StaffAccounts.FirstOrDefaultAsync(a => a.UserName == name, ct) : null;
        var verified = Hasher.VerifyHashedPassword(account!, account?.PasswordHash ?? DummyHash, password);
        if (account is null || account.DisabledAt is not null || verified == PasswordVerificationResult.Failed)
        {
            return new SignInResult(SignInOutcome.Refused);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Hasher.HashPassword(account, password);
            await db.SaveChangesAsync(ct);
        }

        await throttle.SucceededAsync(name, from, ct);
        var session = await sessions.StartAsync(account, ct);
        return new SignInResult(SignInOutcome.SignedIn, Principal(account, session, scheme));
    }

    /// <summary>A new password; every session signed in with the old one ends.</summary>
    public Task<bool> SetPasswordAsync(string userName, string password, CancellationToken ct = default) =>
        ChangeAsync(userName, a =>
        {
            RequireGood(password, a.UserName);
            a.PasswordHash = Hasher.HashPassword(a, password);
        }, ct);

    /// <summary>The account can no longer sign in, and every session it has ends now.</summary>
    public Task<bool> DisableAsync(string userName, CancellationToken ct = default) =>
        ChangeAsync(userName, a => a.DisabledAt ??= time.GetUtcNow(), ct);

    public Task<bool> EnableAsync(string userName, CancellationToken ct = default) =>
        ChangeAsync(userName, a => a.DisabledAt = null, ct);

    public async Task<bool> DeleteAsync(string userName, CancellationToken ct = default)
    {
        var name = Normalise(userName);
        var account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.UserName == name, ct);
        if (account is null)
        {
            return false;
        }

        db.StaffAccounts.Remove(account);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(account.Id, ct);
        return true;
    }

    public Task<List<StaffAccount>> ListAsync(CancellationToken ct = default) =>
        db.StaffAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(ct);

    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>Any change to an account gives it a new security stamp and ends its sessions, whatever else it does.</summary>
    private async Task<bool> ChangeAsync(string userName, Action<StaffAccount> change, CancellationToken ct)
    {
        var name = Normalise(userName);
        var account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.UserName == name, ct);
        if (account is null)
        {
            return false;
        }

        change(account);
        account.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(account.Id, ct);
        return true;
    }

    private static void RequireGood(string password, string userName)
    {
        if (PasswordRule.Refusal(password, userName) is { } why)
        {
            throw new ArgumentException(why, nameof(password));
        }
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    /// <summary>An admin may do everything reception does.</summary>
    private static ClaimsPrincipal Principal(StaffAccount account, Guid session, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(StaffSessions.SessionClaim, session.ToString()),
            new(ClaimTypes.Role, StaffRoles.Reception),
        };
        if (account.Role == StaffRoles.Admin)
        {
            claims.Add(new Claim(ClaimTypes.Role, StaffRoles.Admin));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    [GeneratedRegex("^[a-z0-9._-]{3,40}$")]
    private static partial Regex ValidName();
}
