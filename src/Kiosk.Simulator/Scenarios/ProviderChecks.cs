namespace Kiosk.Simulator.Scenarios;

internal static class ProviderChecks
{
    public static void All(IReadOnlyList<ProviderSpec> providers, HashSet<string> typeIds, IReadOnlyList<VisitTypeSpec> types, Problems problems)
    {
        problems.Check(providers.Count > 0, "providers", "list at least one provider.");
        problems.Unique(providers.Select(p => p.Id), "providers");
        problems.Check(providers.Any(p => p.SickAt is null), "providers", "at least one provider must not fall sick, to take the others' patients.");
        foreach (var provider in providers)
        {
            One(provider, typeIds, types, problems);
        }
    }

    private static void One(ProviderSpec provider, HashSet<string> typeIds, IReadOnlyList<VisitTypeSpec> types, Problems problems)
    {
        var at = $"providers[{provider.Id}]";
        problems.NotBlank(provider.Id, $"{at}.id");
        problems.NotBlank(provider.Name, $"{at}.name");
        problems.NotBlank(provider.TicketPrefix, $"{at}.ticketPrefix");
        problems.Check(provider.End > provider.Start, $"{at}.end", $"{provider.End:HH:mm} is not after start {provider.Start:HH:mm}.");
        problems.Check(provider.SlotMinutes > 0, $"{at}.slotMinutes", "must be positive.");
        problems.Check(provider.Speed > 0, $"{at}.speed", "must be positive.");
        foreach (var typeId in provider.VisitTypes ?? [])
        {
            problems.Check(typeIds.Contains(typeId), $"{at}.visitTypes", $"unknown visit type '{typeId}'.");
        }

        var bookable = types.Where(t => provider.Takes(t.Id)).Sum(t => Math.Max(0, t.BookingShare));
        problems.Check(bookable > 0, $"{at}.visitTypes", "none of this provider's visit types has a positive bookingShare.");
        if (provider.LateStart is { } late)
        {
            problems.Normal(late, $"{at}.lateStart");
        }

        if (provider.Interruptions is { } interruptions)
        {
            problems.Check(interruptions.PerHour >= 0, $"{at}.interruptions.perHour", "must not be negative.");
            problems.LogNormal(interruptions.Duration, $"{at}.interruptions.duration");
        }

        if (provider.Lunch is { } lunch)
        {
            var inHours = lunch.At >= provider.Start && lunch.At < provider.End;
            problems.Check(inHours, $"{at}.lunch.at", "must be within the provider's start and end.");
            problems.Check(lunch.Minutes >= 0, $"{at}.lunch.minutes", "must not be negative.");
            if (lunch.Overrun is { } overrun)
            {
                problems.Normal(overrun, $"{at}.lunch.overrun");
            }
        }

        if (provider.SickAt is { } sick)
        {
            problems.Check(sick >= provider.Start && sick <= provider.End, $"{at}.sickAt", "must be within the provider's start and end.");
        }
    }
}
