namespace Kiosk.WaitingRoom.CheckIn;

/// <summary>
/// Finding today's appointment from the birth date and only the first letters of the surname, so a
/// patient types two letters instead of the whole name. The kiosk always searches after the same
/// fixed number of letters (<see cref="MinLetters"/>), so when it searches tells a stranger nothing;
/// only when two of today's patients with that birth date share the letters does it ask for one
/// more, naming nobody. Fewer letters than the minimum are not looked up at all.
/// </summary>
public static class SurnameStart
{
    /// <summary>Letters always asked for before the first search; the kiosk's wire contract carries the same number.</summary>
    public const int MinLetters = 2;

    /// <summary>True when <paramref name="typed"/> is at least <see cref="MinLetters"/> letters and <paramref name="booked"/> starts with them (accents and case as in <see cref="NameMatch"/>).</summary>
    public static bool Starts(string typed, string booked)
    {
        var letters = NameMatch.Key(typed);
        return letters.Length >= MinLetters && NameMatch.Key(booked).StartsWith(letters, StringComparison.Ordinal);
    }

    /// <summary>
    /// Which of <paramref name="sameBirthDate"/> (today's appointments with the typed birth date) the
    /// letters point at: one; none; several whose names are the same (more letters cannot tell them
    /// apart: the desk can); or several that more letters can tell apart.
    /// </summary>
    public static (LookupMatch Match, Clinic.Appointment? Appointment) Match(string typed, IEnumerable<Clinic.Appointment> sameBirthDate)
    {
        if (NameMatch.Key(typed).Length < MinLetters)
        {
            return (LookupMatch.MoreLetters, null);
        }

        var matches = sameBirthDate.Where(a => Starts(typed, a.Patient.LastName)).ToList();
        return matches switch
        {
            [] => (LookupMatch.None, null),
            [var one] => (LookupMatch.One, one),
            _ when matches.Select(a => NameMatch.Key(a.Patient.LastName)).Distinct().Count() == 1 => (LookupMatch.Several, null),
            _ => (LookupMatch.MoreLetters, null),
        };
    }
}
