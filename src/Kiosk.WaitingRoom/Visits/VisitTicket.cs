using System.Security.Cryptography;

namespace Kiosk.WaitingRoom.Visits;

/// <summary>
/// How a visit is known outside reception: a short code people can read on the TV, and an
/// unguessable token that opens this visit alone on a phone.
/// </summary>
public sealed record VisitTicket(Guid VisitId, DateOnly Day, string Code, string Token)
{
    /// <summary>What <see cref="NewToken"/> makes: 27 URL-safe base-64 characters (a kiosk offline makes its own the same way).</summary>
    public static bool IsWellFormed(string token) =>
        token.Length == 27 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>160 random bits, URL-safe.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(20)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
