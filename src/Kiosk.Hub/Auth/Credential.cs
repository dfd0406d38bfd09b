using System.Security.Claims;

namespace Kiosk.Hub.Auth;

/// <summary>
/// What an open connection or page was let in on, in terms the database can check again later:
/// a kiosk by its id and the hash of the key it presented (a re-enrolled kiosk's old key is dead too),
/// a member of staff by their server-side session.
/// </summary>
public abstract record Credential
{
    /// <summary>The credential a signed-in caller holds; null for anonymous phones and TVs, which hold none.</summary>
    public static Credential? Of(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (user.IsInRole(Roles.Kiosk) && user.FindFirst(KioskEnrolments.KeyHashClaim)?.Value is { } hash)
        {
            return new KioskCredential(user.Identity.Name ?? "", hash);
        }

        return Staff.StaffSessions.IdOf(user) is { } session ? new StaffCredential(session) : null;
    }
}

public sealed record KioskCredential(string KioskId, string KeyHash) : Credential;

public sealed record StaffCredential(Guid SessionId) : Credential;
