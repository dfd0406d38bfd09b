using System.Security.Cryptography;

namespace Kiosk.Contracts;

/// <summary>
/// The short code printed on a reminder letter or text: six characters from an alphabet without
/// 0/O and 1/I, so nobody has to guess which one they are reading. 32⁶ ≈ 10⁹ codes; a clinic day
/// holds a few hundred, so a guessed code almost never belongs to anyone (and guessing is rate-limited).
/// </summary>
public static class ConfirmationCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and drops spaces and hyphens ("k7m-2qp" → "K7M2QP"); false when it cannot be a code.</summary>
    public static bool TryNormalise(string? typed, out string code)
    {
        code = "";
        if (typed is null || typed.Length > 4 * Length)
        {
            return false;
        }

        var clean = new string([.. typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        if (clean.Length != Length || !clean.All(Alphabet.Contains))
        {
            return false;
        }

        code = clean;
        return true;
    }
}
