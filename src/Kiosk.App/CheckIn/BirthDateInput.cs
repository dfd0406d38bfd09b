using System.Globalization;

namespace Kiosk.App.CheckIn;

/// <summary>Day, month and year as typed on a touch screen, checked with a message a patient understands.</summary>
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
            problem = "Please enter your date of birth as numbers: day, month and year.";
            return false;
        }

        if (year.Trim().Length != 4 || y < 1900)
        {
            problem = "Please enter the year with four digits, for example 1948.";
            return false;
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            problem = "That date does not exist. Please check the day and the month.";
            return false;
        }

        date = new DateOnly(y, m, d);
        if (date > today)
        {
            problem = "A date of birth cannot be in the future. Please check the year.";
            return false;
        }

        return true;
    }
}
