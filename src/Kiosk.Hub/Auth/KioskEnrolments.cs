using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Auth;

/// <summary>
/// Kiosks are enrolled by an admin, each with its own key, and can be revoked one by one. A key
/// has 256 random bits, so a plain SHA-256 of it is enough to store and look it up by.
/// </summary>
public sealed partial class KioskEnrolments(HubDb db, TimeProvider time)
{
    /// <summary>The hash of the key a kiosk connected with, kept in its principal so a later revocation or re-enrolment can be matched.</summary>
    public const string KeyHashClaim = "kiosk:key-hash";

    /// <summary>Enrols a kiosk (or re-enrols it with a new key) and returns the key, which is never shown again.</summary>
    public async Task<string> EnrolAsync(string kioskId, CancellationToken ct = default)
    {
        var id = kioskId.Trim().ToLowerInvariant();
        if (!ValidId().IsMatch(id))
        {
            throw new ArgumentException("A kiosk id is 1 to 40 letters, digits or dashes, such as 'lobby' or 'lobby-2'.", nameof(kioskId));
        }

        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        var device = await db.KioskDevices.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (device is null)
        {
            db.KioskDevices.Add(new KioskDevice { Id = id, KeyHash = Hash(key), EnrolledAt = time.GetUtcNow() });
        }
        else
        {
            device.KeyHash = Hash(key);
            device.EnrolledAt = time.GetUtcNow();
            device.RevokedAt = null;
        }

        await db.SaveChangesAsync(ct);
        return key;
    }

    public async Task<bool> RevokeAsync(string kioskId, CancellationToken ct = default)
    {
        var id = kioskId.Trim().ToLowerInvariant();
        var device = await db.KioskDevices.FirstOrDefaultAsync(d => d.Id == id && d.RevokedAt == null, ct);
        if (device is null)
        {
            return false;
        }

        device.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string presented, string scheme, CancellationToken ct = default)
    {
        if (presented.Length is < 16 or > 200)
        {
            return null;
        }

        var hash = Hash(presented);
        var device = await db.KioskDevices.AsNoTracking().FirstOrDefaultAsync(d => d.KeyHash == hash && d.RevokedAt == null, ct);
        return device is null
            ? null
            : new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, device.Id), new Claim(ClaimTypes.Role, Roles.Kiosk), new Claim(KeyHashClaim, device.KeyHash)], scheme));
    }

    public Task<List<KioskDevice>> ListAsync(CancellationToken ct = default) =>
        db.KioskDevices.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex ValidId();
}
