using System.Globalization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>Day, month and year as typed on a touch screen, checked; the problem is a strings key.</summary>
public static class BirthDateInput
{
    /// <summary>
    /// The year may be typed in full or as its last two digits: "90" is the latest 1990 or 2090 that
    /// is not after today (every date of birth in the last hundred years has one reading only).
    /// </summary>
    public static bool TryRead(string day, string month, string year, DateOnly today, out DateOnly date, out string? problem)
    {
        date = default;
        problem = null;
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            problem = "birth.not-numbers";
            return false;
        }

        var digits = year.Trim().Length;
        if (digits is not (2 or 4) || (digits == 4 && y < 1900))
        {
            problem = "birth.year-digits";
            return false;
        }

        // Two digits name no century yet: 2000 is a leap year, so 29 February waits for the century below.
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(digits == 2 ? 2000 : y, m))
        {
            problem = "birth.no-such-date";
            return false;
        }

        if (digits == 2)
        {
            y = Century(y, m, d, today);
            if (d > DateTime.DaysInMonth(y, m))
            {
                problem = "birth.no-such-date";
                return false;
            }
        }

        date = new DateOnly(y, m, d);
        if (date > today)
        {
            problem = "birth.future";
            return false;
        }

        return true;
    }

    /// <summary>
    /// True when the year box holds a whole year: four digits, or two that cannot begin one
    /// ("19" and "20" may be 2019 or the start of 1948, so they wait for more).
    /// </summary>
    public static bool YearComplete(string year) => year.Length == 4 || (year.Length == 2 && year is not ("19" or "20"));

    /// <summary>The latest year ending in <paramref name="lastTwo"/> whose day and month fall on or before today.</summary>
    private static int Century(int lastTwo, int month, int day, DateOnly today)
    {
        var year = today.Year - ((today.Year - lastTwo) % 100 + 100) % 100;
        var birthday = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        return birthday > today ? year - 100 : year;
    }
}
