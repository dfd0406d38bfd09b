using System.Globalization;
using Kiosk.Contracts;

namespace Kiosk.Hub.Clinic.Setup;

/// <summary>
/// The conversation of <c>./kiosk clinic init</c>: the clinic, its time zone, culture and kiosk
/// languages, its providers and visit types, rooms and check-in window, each answer checked as it
/// is given. What it returns passes <see cref="ClinicFile.Problems"/>; every walk-in reason the
/// kiosk offers ends up with a visit type.
/// </summary>
public sealed class ClinicInit(Questions ask, IReadOnlyList<string> offeredLanguages, string localTimeZone)
{
    public ClinicFile Converse()
    {
        var name = ask.Ask("Clinic name", null, t => ClinicAnswers.Name(t, "The clinic's name"));
        var id = ask.Ask("Clinic id", ClinicAnswers.Slug(name), ClinicAnswers.Id);
        var zone = ask.Ask("Time zone (IANA name)", localTimeZone, ClinicAnswers.TimeZone);
        var culture = ask.Ask("Culture, for dates in imported files (en-GB reads 02/12/2026 as 2 December)", ClinicFile.DefaultCulture, ClinicAnswers.Culture);
        var languages = ask.Ask($"Languages at the kiosk, of {string.Join(", ", offeredLanguages)}", string.Join(", ", offeredLanguages), t => ClinicAnswers.Languages(t, offeredLanguages));
        var providers = Providers();
        var visitTypes = VisitTypes();
        var rooms = ask.Ask("Rooms reception can call patients to, separated by commas", string.Join(", ", providers.Select(p => p.Room).Distinct(StringComparer.OrdinalIgnoreCase)), t => Rooms(t, providers));
        var opens = ask.Ask("Check-in opens how many minutes before an appointment", $"{Kiosk.WaitingRoom.CheckIn.CheckInWindow.DefaultOpensMinutesBefore}", t => ClinicAnswers.Minutes(t, 0, ClinicFile.MaxOpensMinutesBefore));
        var closes = ask.Ask("Check-in closes how many minutes after the appointment's start", $"{Kiosk.WaitingRoom.CheckIn.CheckInWindow.DefaultClosesMinutesAfter}", t => ClinicAnswers.Minutes(t, 0, ClinicFile.MaxClosesMinutesAfter));
        return new ClinicFile(id, name, zone, providers, visitTypes, null, PhoneRegion: PhoneRegionOf(culture), Rooms: rooms, CheckIn: new(opens, closes), Culture: culture, Languages: languages);
    }

    private List<ClinicFile.ProviderEntry> Providers()
    {
        var providers = new List<ClinicFile.ProviderEntry>();
        ask.Say("Providers: the people patients see. A blank name ends the list.");
        while (true)
        {
            var name = ask.Ask($"Provider {providers.Count + 1} name", "", t => t.Length == 0 && providers.Count == 0
                ? Answer.Again<string>("The clinic needs at least one provider: type a name, such as Dr Lee.")
                : t.Length == 0 ? Answer.Good<string>(t) : ClinicAnswers.Name(t, "A provider's name"));
            if (name.Length == 0) return providers;
            var letter = ask.Ask("  Ticket letter (tickets read A001, A002…)", SuggestedLetter(name, providers), t => Letter(t, providers));
            var room = ask.Ask("  Usual room", $"Room {providers.Count + 1}", ClinicAnswers.Room);
            providers.Add(new(UniqueId(name, providers.Select(p => p.Id)), name, letter, room));
        }
    }

    private List<ClinicFile.VisitTypeEntry> VisitTypes()
    {
        var types = new List<(string Id, string Name, int Minutes, List<string> Reasons)>();
        ask.Say($"Visit types, with their usual length. Walk-in reasons at the kiosk: {string.Join(", ", WalkInReasons.All)}. A blank name ends the list.");
        while (true)
        {
            var name = ask.Ask($"Visit type {types.Count + 1} name", "", t => t.Length == 0 && types.Count == 0
                ? Answer.Again<string>("The clinic needs at least one visit type: type a name, such as Check-up.")
                : t.Length == 0 ? Answer.Good<string>(t) : ClinicAnswers.Name(t, "A visit type's name"));
            if (name.Length == 0) break;
            var minutes = ask.Ask("  Length in minutes", "15", t => ClinicAnswers.Minutes(t, 1, 480));
            var reasons = ask.Ask("  Walk-in reasons it serves (\"none\" for none)", types.Count == 0 ? string.Join(", ", WalkInReasons.All) : "none", Reasons);
            types.Add((UniqueId(name, types.Select(t => t.Id)), name, minutes, [.. reasons]));
        }

        foreach (var reason in WalkInReasons.All.Where(r => !types.Any(t => t.Reasons.Contains(r))))
        {
            var serving = ask.Ask($"No visit type serves the walk-in reason '{reason}'. Which one should", types[0].Name, t =>
                types.FindIndex(v => string.Equals(v.Name, t, StringComparison.OrdinalIgnoreCase) || v.Id == t) is var i and >= 0
                    ? Answer.Good<int>(i)
                    : Answer.Again<int>($"'{t}' is not one of the visit types ({string.Join(", ", types.Select(v => v.Name))})."));
            types[serving].Reasons.Add(reason);
        }

        return [.. types.Select(t => new ClinicFile.VisitTypeEntry(t.Id, t.Name, t.Minutes, [.. WalkInReasons.All.Where(t.Reasons.Contains)]))];
    }

    private static Answer<IReadOnlyList<string>> Reasons(string text)
    {
        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase)) return Answer.Good<IReadOnlyList<string>>([]);
        var reasons = ClinicAnswers.List(text).Select(r => r.ToLowerInvariant()).Distinct().ToList();
        return reasons.FirstOrDefault(r => !WalkInReasons.All.Contains(r)) is { } unknown
            ? Answer.Again<IReadOnlyList<string>>($"'{unknown}' is not a walk-in reason: use {string.Join(", ", WalkInReasons.All)}, or none.")
            : Answer.Good<IReadOnlyList<string>>(reasons);
    }

    private static Answer<string> Letter(string text, List<ClinicFile.ProviderEntry> providers)
    {
        var letter = text.ToUpperInvariant();
        if (letter.Length != 1 || !char.IsAsciiLetterUpper(letter[0])) return Answer.Again<string>($"'{text}' is not one letter A to Z.");
        return providers.FirstOrDefault(p => p.TicketPrefix == letter) is { } other
            ? Answer.Again<string>($"{letter} is {other.Name}'s letter already; each provider needs their own.")
            : Answer.Good<string>(letter);
    }

    /// <summary>The initial of the last word of the name (Dr Lee → L) when free, else the first free letter.</summary>
    private static string SuggestedLetter(string name, List<ClinicFile.ProviderEntry> providers)
    {
        var initial = char.ToUpperInvariant(ClinicAnswers.Slug(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).FirstOrDefault('a'));
        var letters = new[] { initial }.Concat(Enumerable.Range('A', 26).Select(c => (char)c)).Where(char.IsAsciiLetterUpper);
        return letters.Select(c => c.ToString()).FirstOrDefault(l => providers.All(p => p.TicketPrefix != l)) ?? "";
    }

    private static Answer<IReadOnlyList<string>> Rooms(string text, List<ClinicFile.ProviderEntry> providers)
    {
        var rooms = ClinicAnswers.List(text);
        if (rooms.Count == 0) return Answer.Again<IReadOnlyList<string>>("List at least one room, such as Room 1, Room 2.");
        if (rooms.Select(ClinicAnswers.Room).FirstOrDefault(r => r.Retry is not null) is { Retry: { } bad }) return Answer.Again<IReadOnlyList<string>>(bad);
        if (rooms.GroupBy(r => r, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice) return Answer.Again<IReadOnlyList<string>>($"{twice.Key} is listed twice.");
        return providers.FirstOrDefault(p => !rooms.Contains(p.Room, StringComparer.OrdinalIgnoreCase)) is { } missing
            ? Answer.Again<IReadOnlyList<string>>($"{missing.Room} is {missing.Name}'s usual room: list it too.")
            : Answer.Good<IReadOnlyList<string>>(rooms);
    }

    private static string UniqueId(string name, IEnumerable<string> taken)
    {
        var stem = ClinicAnswers.Slug(name) is { Length: > 0 } s ? s : "item";
        var used = taken.ToHashSet();
        return Enumerable.Range(1, used.Count + 1).Select(n => n == 1 ? stem : $"{stem}-{n}").First(id => !used.Contains(id));
    }

    /// <summary>Phone numbers typed without a country code are read as the culture's country's (es-ES → ES).</summary>
    private static string PhoneRegionOf(string culture) =>
        new RegionInfo(culture).TwoLetterISORegionName is var region && PhoneInput.IsKnownRegion(region) ? region : ClinicFile.DefaultPhoneRegion;
}
