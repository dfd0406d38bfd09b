using System.Globalization;

namespace Kiosk.Hub.Clinic;

/// <summary>
/// What is wrong with a clinic file, each problem on its own and saying how to put it right:
/// <c>./kiosk clinic check</c> prints them one a line, and the hub's start-up stops with all of them.
/// </summary>
public sealed partial record ClinicFile
{
    /// <summary>
    /// Every problem; none when the file is good. <paramref name="offeredLanguages"/>, when given, are the languages "languages" may name;
    /// <paramref name="clinicFilePath"/>, when given, is where files the clinic file names (its logo) are looked for.
    /// </summary>
    public IReadOnlyList<string> Problems(IReadOnlyCollection<string>? offeredLanguages = null, string? clinicFilePath = null)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id)) problems.Add("id is missing: add \"id\", a short lower-case name for the clinic such as \"riverside\"");
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("name is missing: add \"name\", the clinic's name as patients know it");
        if (Providers is not { Count: > 0 }) problems.Add("at least one provider is needed: add one to \"providers\", e.g. { \"id\": \"lee\", \"name\": \"Dr Lee\", \"ticketPrefix\": \"A\", \"room\": \"Room 1\" }");
        if (VisitTypes is not { Count: > 0 }) problems.Add("at least one visit type is needed: add one to \"visitTypes\", e.g. { \"id\": \"checkup\", \"name\": \"Check-up\", \"minutes\": 15 }");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _)) problems.Add($"time zone '{TimeZone}' is unknown: set \"timeZone\" to an IANA name such as Europe/London, Europe/Madrid or America/New_York");
        foreach (var v in VisitTypes ?? [])
        {
            if (v.Minutes is < 1 or > 480) problems.Add($"visit type '{v.Id}' needs minutes between 1 and 480: set its \"minutes\" to the usual length of the visit");
        }

        if (!IsKnownCulture(Culture)) problems.Add($"culture '{Culture}' is not a language and region such as en-GB, en-US or es-ES: set \"culture\" to how the clinic writes dates");
        if (!PhoneInput.IsKnownRegion(PhoneRegion)) problems.Add($"phoneRegion '{PhoneRegion}' is not a two-letter region such as GB, US or ES: set \"phoneRegion\" to the country the clinic's phone numbers are in");
        problems.AddRange(IdProblems());
        problems.AddRange(OpeningHoursProblems());
        problems.AddRange(RoomProblems());
        problems.AddRange(WalkInReasonProblems());
        problems.AddRange(SourceNameProblems());
        problems.AddRange(LanguageProblems(offeredLanguages));
        problems.AddRange(HoursProblems());
        problems.AddRange(CheckInProblems());
        problems.AddRange(LookProblems(clinicFilePath));
        return problems;
    }

    /// <summary>A ticket is the provider's letter and a number, spoken on the TV: one letter each, never shared.</summary>
    private IEnumerable<string> IdProblems()
    {
        foreach (var p in Providers ?? [])
        {
            if (string.IsNullOrWhiteSpace(p.Id) || string.IsNullOrWhiteSpace(p.Name)) yield return $"provider '{p.Id ?? p.Name}' needs an \"id\" and a \"name\"";
            if (p.TicketPrefix is not { Length: 1 } prefix || !char.IsAsciiLetterUpper(prefix[0])) yield return $"provider '{p.Id}' ticketPrefix '{p.TicketPrefix}' is not one capital letter: tickets read \"A001\", so give each provider a letter such as \"A\"";
        }

        foreach (var twice in (Providers ?? []).GroupBy(p => p.TicketPrefix, StringComparer.OrdinalIgnoreCase).Where(g => g.Key is not null && g.Count() > 1))
        {
            yield return $"ticketPrefix '{twice.Key}' is used by {string.Join(" and ", twice.Select(p => $"'{p.Id}'"))}: their tickets would share numbers, so give each provider their own letter";
        }

        foreach (var twice in (Providers ?? []).GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Key is not null && g.Count() > 1))
        {
            yield return $"provider id '{twice.Key}' is used twice: give each provider their own id";
        }

        foreach (var v in (VisitTypes ?? []).Where(v => string.IsNullOrWhiteSpace(v.Id) || string.IsNullOrWhiteSpace(v.Name)))
        {
            yield return $"visit type '{v.Id ?? v.Name}' needs an \"id\" and a \"name\"";
        }

        foreach (var twice in (VisitTypes ?? []).GroupBy(v => v.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Key is not null && g.Count() > 1))
        {
            yield return $"visit type id '{twice.Key}' is used twice: give each visit type its own id";
        }
    }

    private IEnumerable<string> HoursProblems()
    {
        foreach (var p in Providers ?? [])
        {
            if (p.Hours is not { } h) continue;
            if (h.End <= h.Start) yield return $"provider '{p.Id}' hours end before they start: \"end\" must be after \"start\"";
            if (h.LunchMinutes is < 0 or > 240) yield return $"provider '{p.Id}' lunch needs minutes between 0 and 240: set \"lunchMinutes\"";
            if (h.LunchAt is { } lunch && (lunch < h.Start || lunch >= h.End)) yield return $"provider '{p.Id}' lunch is outside their hours: set \"lunchAt\" between \"start\" and \"end\"";
        }
    }

    private IEnumerable<string> CheckInProblems()
    {
        if (CheckIn is not { } window) yield break;
        if (window.OpensMinutesBefore is < 0 or > MaxOpensMinutesBefore) yield return $"checkIn opensMinutesBefore needs minutes between 0 and {MaxOpensMinutesBefore}: how long before the appointment the kiosk may check a patient in";
        if (window.ClosesMinutesAfter is < 0 or > MaxClosesMinutesAfter) yield return $"checkIn closesMinutesAfter needs minutes between 0 and {MaxClosesMinutesAfter}: how long after the start a late patient may still check in";
    }

    /// <summary>The kiosk offers the languages it has words for (kiosk-content/strings); "languages" may narrow them, never add one.</summary>
    private IEnumerable<string> LanguageProblems(IReadOnlyCollection<string>? offered)
    {
        if (Languages is null) yield break;
        if (Languages.Count == 0) yield return "languages needs at least one language, e.g. [\"en\", \"es\"]; leave it out to offer every language the kiosk has words for";
        foreach (var twice in Languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"languages lists '{twice.Key}' twice";
        }

        if (offered is null) yield break;
        foreach (var missing in Languages.Distinct(StringComparer.OrdinalIgnoreCase).Where(l => !offered.Contains(l)))
        {
            yield return $"languages names '{missing}', which the kiosk has no words for (no strings/*.{missing}.json): use {string.Join(", ", offered)}, or add that language's strings files";
        }
    }

    /// <summary>A specific culture (language and region) .NET knows, such as en-GB: what CSV dates are read in.</summary>
    public static bool IsKnownCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.Contains('-'))
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is { IsNeutralCulture: false };
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
    private IEnumerable<string> RoomProblems()
    {
        foreach (var p in Providers ?? [])
        {
            if (string.IsNullOrWhiteSpace(p.Room)) yield return $"provider '{p.Id}' needs a usual room: set their \"room\"";
            else if (Rooms is not null && !Rooms.Contains(p.Room, StringComparer.OrdinalIgnoreCase)) yield return $"provider '{p.Id}' usual room '{p.Room}' is not in rooms: add it to \"rooms\" or give the provider one of those";
        }

        if (Rooms is null) yield break;
        if (Rooms.Count == 0) yield return "rooms needs at least one room, e.g. [\"Room 1\", \"Room 2\"]; leave it out to use the providers' rooms";
        foreach (var r in Rooms.Where(r => string.IsNullOrWhiteSpace(r) || r.Trim().Length > MaxRoomLength))
        {
            yield return $"room '{r}' needs a name of 1 to {MaxRoomLength} characters";
        }

        foreach (var twice in Rooms.GroupBy(r => r.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"rooms lists '{twice.Key}' twice: list each room once";
        }
    }

    /// <summary>Every reason the kiosk offers a walk-in needs a visit type, and a reason the kiosk does not offer is a typo.</summary>
    private IEnumerable<string> WalkInReasonProblems()
    {
        foreach (var v in VisitTypes ?? [])
        {
            foreach (var unknown in (v.WalkInReasons ?? []).Where(r => !Kiosk.Contracts.WalkInReasons.All.Contains(r)))
            {
                yield return $"visit type '{v.Id}' names unknown walk-in reason '{unknown}' (known: {string.Join(", ", Kiosk.Contracts.WalkInReasons.All)}): use one of those";
            }
        }

        if (VisitTypes is not { Count: > 0 }) yield break;
        foreach (var reason in Kiosk.Contracts.WalkInReasons.All.Where(r => !VisitTypes.Any(v => v.WalkInReasons?.Contains(r) == true)))
        {
            yield return $"walk-in reason '{reason}' has no visit type: list it in a visit type's walkInReasons, e.g. \"walkInReasons\": [\"{reason}\"]";
        }
    }

    /// <summary>One name in the clinic's system must mean one provider (and one visit type), or an import would have to guess.</summary>
    private IEnumerable<string> SourceNameProblems()
    {
        foreach (var twice in (Providers ?? []).SelectMany(p => (p.SourceIds ?? []).Select(s => (Source: s.Trim(), p.Id)))
                     .GroupBy(s => s.Source, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(s => s.Id).Distinct().Count() > 1))
        {
            yield return $"sourceIds '{twice.Key}' is listed for providers {string.Join(" and ", twice.Select(s => $"'{s.Id}'").Distinct())}: keep it only on the provider it means";
        }

        foreach (var twice in (VisitTypes ?? []).SelectMany(v => (v.SourceCodes ?? []).Select(s => (Source: s.Trim(), v.Id)))
                     .GroupBy(s => s.Source, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(s => s.Id).Distinct().Count() > 1))
        {
            yield return $"sourceCodes '{twice.Key}' is listed for visit types {string.Join(" and ", twice.Select(s => $"'{s.Id}'").Distinct())}: keep it only on the visit type it means";
        }
    }

    private IEnumerable<string> OpeningHoursProblems()
    {
        if (BusinessHours is null) yield break;
        if (BusinessHours.Count == 0)
        {
            yield return "businessHours needs at least one day, e.g. { \"day\": \"monday\", \"opens\": \"08:00\", \"closes\": \"18:00\" }";
            yield break;
        }

        foreach (var h in BusinessHours)
        {
            var isDay = Enum.TryParse<DayOfWeek>(h.Day, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(h.Day, out _);
            if (!isDay) yield return $"businessHours day '{h.Day}' is not a weekday name: use monday, tuesday, … sunday";
            var opens = TimeOnly.TryParseExact(h.Opens ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var o);
            var closes = TimeOnly.TryParseExact(h.Closes ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c);
            if (!opens || !closes) yield return $"businessHours on {h.Day} need opens and closes as HH:mm, e.g. \"08:00\" and \"18:00\"";
            else if (c <= o) yield return $"businessHours on {h.Day} close before they open: \"closes\" must be after \"opens\"";
        }

        foreach (var twice in BusinessHours.GroupBy(h => h.Day?.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            yield return $"businessHours lists {twice.Key} twice: give each day once";
        }
    }
}
