using System.Globalization;
using System.Text;

namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>
/// Names typed at a kiosk rarely match the booking to the letter: "garcia" must find "García",
/// "O Neil" must find "O'Neil". Compare letters and digits only, without case or accents.
/// </summary>
public static class NameMatch
{
    public static bool Same(string typed, string booked) => Key(typed) == Key(booked);

    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
