using System.Net;
using System.Security.Cryptography;
using System.Text;
using Kiosk.Hub.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Staff;

/// <summary>
/// Slows password guessing without locking anyone out. Every attempt is counted, atomically and before
/// the password is checked, twice: per client address, and per (user name, address). A few attempts are
/// free; after that each one waits twice as long as the last (capped). Another address starts afresh,
/// so an attacker slows only themselves, never the real user at their own desk. The user name is
/// counted whether or not such an account exists, so the answer gives nothing away.
/// </summary>
public sealed class SignInThrottle(HubDb db, TimeProvider time)
{
    public const int FreePerAccountAndAddress = 5;
    public const int FreePerAddress = 20;
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>After this long without an attempt, the count starts again.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    private const string PerAddress = "address";
    private const string PerAccount = "account";

    /// <summary>Counts one attempt; null when it may go ahead, else how long to wait before the next.</summary>
    public async Task<TimeSpan?> AdmitAsync(string userName, IPAddress? from, CancellationToken ct)
    {
        var address = AddressKey(from);
        foreach (var (kind, key, free) in new[] { (PerAddress, address, FreePerAddress), (PerAccount, AccountKey(userName, address), FreePerAccountAndAddress) })
        {
            if (!await CountAsync(kind, key, free, ct))
            {
                var notBefore = await db.SignInAttempts.AsNoTracking().Where(a => a.Kind == kind && a.Key == key).Select(a => a.NotBefore).FirstAsync(ct);
                return TimeSpan.FromTicks(Math.Max(notBefore - time.GetUtcNow().UtcTicks, TimeSpan.TicksPerSecond));
            }
        }

        return null;
    }

    /// <summary>The right password: that name's count from that address starts again, and the address gets its attempt back.</summary>
    public async Task SucceededAsync(string userName, IPAddress? from, CancellationToken ct)
    {
        var address = AddressKey(from);
        var account = AccountKey(userName, address);
        await db.SignInAttempts.Where(a => a.Kind == PerAccount && a.Key == account).ExecuteDeleteAsync(ct);
        await db.SignInAttempts.Where(a => a.Kind == PerAddress && a.Key == address && a.Count > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Count, a => a.Count - 1), ct);
        var stale = (time.GetUtcNow() - ForgetAfter).UtcTicks;
        await db.SignInAttempts.Where(a => a.LastAt < stale).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// One statement both counts and gates, so simultaneous attempts cannot all slip through: the row is
    /// only updated (and a count returned) when its wait is over. Plain SQL that SQLite and PostgreSQL share.
    /// </summary>
    private async Task<bool> CountAsync(string kind, string key, int free, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcTicks;
        var stale = now - ForgetAfter.Ticks;
        var first = FirstWait.Ticks;
        var longest = LongestWait.Ticks;
        var counted = await db.Database.SqlQuery<int>($"""
            INSERT INTO "SignInAttempts" ("Kind", "Key", "Count", "LastAt", "NotBefore") VALUES ({kind}, {key}, 1, {now}, 0)
            ON CONFLICT ("Kind", "Key") DO UPDATE SET
              "Count" = CASE WHEN "SignInAttempts"."LastAt" < {stale} THEN 1 ELSE "SignInAttempts"."Count" + 1 END,
              "NotBefore" = CASE
                WHEN "SignInAttempts"."LastAt" < {stale} OR "SignInAttempts"."Count" + 1 < {free} THEN 0
                WHEN "SignInAttempts"."Count" + 1 = {free} OR 2 * ("SignInAttempts"."NotBefore" - "SignInAttempts"."LastAt") < {first} THEN {now + first}
                WHEN 2 * ("SignInAttempts"."NotBefore" - "SignInAttempts"."LastAt") > {longest} THEN {now + longest}
                ELSE {now} + 2 * ("SignInAttempts"."NotBefore" - "SignInAttempts"."LastAt") END,
              "LastAt" = {now}
            WHERE "SignInAttempts"."NotBefore" <= {now}
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        return counted.Count == 1;
    }

    /// <summary>IPv6 by its /64: one home or phone is given a whole /64 and could otherwise rotate through it.</summary>
    private static string AddressKey(IPAddress? from)
    {
        if (from is null)
        {
            return "unknown";
        }

        from = from.IsIPv4MappedToIPv6 ? from.MapToIPv4() : from;
        if (from.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = from.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            from = new IPAddress(bytes);
        }

        return from.ToString();
    }

    /// <summary>Hashed: what was typed as a user name (sometimes a password by mistake) is not kept.</summary>
    private static string AccountKey(string userName, string address) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{userName}\n{address}")));
}
