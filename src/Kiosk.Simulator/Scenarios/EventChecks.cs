namespace Kiosk.Simulator.Scenarios;

/// <summary>Checks <c>events</c>: each against the scenario its day uses (today's for day 0, the past's before).</summary>
internal static class EventChecks
{
    public static void All(Scenario scenario, Problems problems)
    {
        var events = scenario.Events ?? [];
        for (var i = 0; i < events.Count; i++)
        {
            One(scenario, events[i], $"events[{i}]", problems);
            var e = events[i];
            var same = events.Take(i).ToList().FindIndex(o => o.Day == e.Day && o.Provider == e.Provider && o.Kind == e.Kind);
            problems.Check(same < 0, $"events[{i}]", $"'{e.Provider}' already has a '{e.Kind}' event on day {e.Day} (events[{same}]).");
        }

        foreach (var day in events.Select((e, i) => (e, i)).GroupBy(x => x.e.Day))
        {
            var providers = ForDay(scenario, day.Key).Providers;
            var sick = providers.Where(p => p.SickAt is not null).Select(p => p.Id)
                .Union(day.Where(x => x.e.Kind == DayEventKinds.Sick).Select(x => x.e.Provider));
            problems.Check(!providers.All(p => sick.Contains(p.Id)), $"events[{day.Last().i}]", $"on day {day.Key} every provider would go home sick; at least one must stay to see the others' patients.");
        }
    }

    private static Scenario ForDay(Scenario scenario, int day) => day < 0 ? scenario.ForHistory() : scenario;

    private static void One(Scenario scenario, DayEventSpec e, string at, Problems problems)
    {
        problems.Check(e.Day <= 0, $"{at}.day", $"must be 0 (today) or negative (a past day), not {e.Day}.");
        problems.Check(e.Day >= -scenario.HistoryDays, $"{at}.day", $"{e.Day} is before the first of the {scenario.HistoryDays} history days.");
        var provider = ForDay(scenario, e.Day).Providers.FirstOrDefault(p => p.Id == e.Provider);
        problems.Check(provider is not null, $"{at}.provider", $"unknown provider '{e.Provider}'.");
        var known = DayEventKinds.All.Contains(e.Kind);
        problems.Check(known, $"{at}.kind", $"unknown kind '{e.Kind}'; expected \"late\", \"locum\" or \"sick\".");
        if (!known)
        {
            return;
        }

        Field(e.Minutes is not null, DayEventKinds.Late, "minutes", e.Kind, at, problems);
        Field(e.Speed is not null, DayEventKinds.Locum, "speed", e.Kind, at, problems);
        Field(e.At is not null, DayEventKinds.Sick, "at", e.Kind, at, problems);
        problems.Check(e.Minutes is null or >= 0, $"{at}.minutes", "must not be negative.");
        problems.Check(e.Speed is null or > 0, $"{at}.speed", "must be positive.");
        if (e.At is { } sickAt && provider is not null)
        {
            var inHours = sickAt >= provider.Start && sickAt <= provider.End;
            problems.Check(inHours, $"{at}.at", $"must be within {provider.Id}'s hours ({provider.Start:HH:mm}–{provider.End:HH:mm}).");
        }
    }

    /// <summary>Each kind has exactly its own field: a late event its minutes, a locum their speed, a sick event when.</summary>
    private static void Field(bool given, string kindOfField, string field, string kind, string at, Problems problems)
    {
        if (kind == kindOfField)
        {
            problems.Check(given, $"{at}.{field}", $"a '{kind}' event needs {field}.");
        }
        else
        {
            problems.Check(!given, $"{at}.{field}", $"only a '{kindOfField}' event has {field}; this one is '{kind}'.");
        }
    }
}
