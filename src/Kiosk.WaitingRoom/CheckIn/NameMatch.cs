using System.Text;

namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>
/// Names typed at a kiosk rarely match the booking to the letter: "garcia" must find "García",
/// "O Neil" must find "O'Neil", "Strauss" must find "Strauß". Compare letters and digits only,
/// without case or accents, with the letters that have no decomposed form spelled out.
/// </summary>
public static class NameMatch
{
    private static readonly Dictionary<char, string> SpelledOut = new()
    {
        ['ß'] = "SS", ['Ø'] = "O", ['ø'] = "O", ['Ł'] = "L", ['ł'] = "L", ['Æ'] = "AE", ['æ'] = "AE",
        ['Œ'] = "OE", ['œ'] = "OE", ['Đ'] = "D", ['đ'] = "D", ['Þ'] = "TH", ['þ'] = "TH", ['ı'] = "I",
    };

    public static bool Same(string typed, string booked) => Key(typed) == Key(booked);

    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (SpelledOut.TryGetValue(c, out var spelled))
            {
                builder.Append(spelled);
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
