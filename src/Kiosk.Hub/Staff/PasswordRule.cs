namespace Kiosk.Hub.Staff;

/// <summary>
/// What a staff password must be: long, and not one an attacker tries first. Length alone lets
/// "Password2024!" and "123456789012" through; those are the first guesses of any attack, so
/// they are refused by name, with the reason.
/// </summary>
public static class PasswordRule
{
    public const int MinimumLength = 12;

    // Our own short list: the words every password list starts with, and the ones a clinic's desk would pick.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "password", "passwort", "passw", "pass", "qwerty", "qwertyuiop", "qwertz", "azerty", "asdfgh", "asdfghjkl", "zxcvbnm",
        "letmein", "welcome", "hello", "admin", "administrator", "login", "changeme", "secret", "master", "default",
        "iloveyou", "monkey", "dragon", "sunshine", "princess", "football", "baseball", "superman", "trustno",
        "summer", "winter", "spring", "autumn",
        "clinic", "reception", "receptionist", "frontdesk", "desk", "doctor", "nurse", "surgery", "hospital",
        "health", "healthcare", "medical", "patient", "patients", "kiosk", "lobby", "waitingroom", "practice",
    };

    /// <summary>Why <paramref name="password"/> is refused for <paramref name="userName"/>, or null when it is fine.</summary>
    public static string? Refusal(string password, string userName)
    {
        if (password.Length < MinimumLength)
        {
            return $"A password needs at least {MinimumLength} characters.";
        }

        var name = userName.Trim();
        if (name.Length >= 3 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return "A password must not contain the user name.";
        }

        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() <= 3 || RepeatsAShortPart(lower) || IsASequence(lower))
        {
            return "A password must not be a repeat or a sequence, such as 'aaaaaaaaaaaa', 'abcabcabcabc' or '123456789012'.";
        }

        return IsCommon(lower)
            ? "That password is one of the first an attacker tries (a common word with numbers or symbols around it). Choose another."
            : null;
    }

    /// <summary>"abcdabcdabcd", "1947194719": a part of up to four characters, over and over.</summary>
    private static bool RepeatsAShortPart(string p)
    {
        for (var unit = 1; unit <= 4; unit++)
        {
            if (Enumerable.Range(unit, p.Length - unit).All(i => p[i] == p[i - unit]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each character one up (or one down) from the last: "abcdefghijkl", "123456789012", "987654321098".</summary>
    private static bool IsASequence(string p) => Steps(p, 1) || Steps(p, -1);

    private static bool Steps(string p, int step) =>
        Enumerable.Range(1, p.Length - 1).All(i => p[i] - p[i - 1] == step || (char.IsAsciiDigit(p[i]) && char.IsAsciiDigit(p[i - 1]) && (p[i] - p[i - 1] + 10) % 10 == (step + 10) % 10));

    /// <summary>"Password2024!", "P@ssw0rd123456", "welcomewelcome": a common word, perhaps doubled, padded with digits or symbols.</summary>
    private static bool IsCommon(string p)
    {
        var core = Unleet(p.Trim(Padding));
        if (core.Length == 0)
        {
            return false;
        }

        return Common.Contains(core) || Common.Any(word => core.Length % word.Length == 0 && core == string.Concat(Enumerable.Repeat(word, core.Length / word.Length)));
    }

    private static readonly char[] Padding = [.. "0123456789!?.,;:-_+*#$%&@/\\()[]{}'\"~^= "];

    private static string Unleet(string s) => string.Concat(s.Select(c => c switch
    {
        '@' or '4' => 'a',
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '5' or '$' => 's',
        '7' => 't',
        _ => c,
    }));
}
