using System.Globalization;

namespace Kiosk.App.Core.CheckIn;

/// <summary>Day, month and year as typed on a touch screen, checked; the problem is a strings key.</summary>
public static class BirthDateInput
{
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

        if (year.Trim().Length != 4 || y < 1900)
        {
            problem = "birth.four-digit-year";
            return false;
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            problem = "birth.no-such-date";
            return false;
        }

        date = new DateOnly(y, m, d);
        if (date > today)
        {
            problem = "birth.future";
            return false;
        }

        return true;
    }
}
