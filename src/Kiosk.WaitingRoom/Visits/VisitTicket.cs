using System.Security.Cryptography;

namespace Kiosk.WaitingRoom.Visits;

/// <summary>
/// How a visit is known outside reception: a short code people can read on the TV, and an
/// unguessable token that opens this visit alone on a phone.
/// </summary>
public sealed record VisitTicket(Guid VisitId, DateOnly Day, string Code, string Token)
{
    /// <summary>160 random bits, URL-safe.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(20)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
