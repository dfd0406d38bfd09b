namespace Kiosk.Simulator.Scenarios;

internal static class WalkInChecks
{
    private const string At = "patients.walkIns";

    public static void All(WalkInSpec walkIns, HashSet<string> typeIds, HashSet<string> providerIds, Problems problems)
    {
        problems.Check(walkIns.PerHour >= 0, $"{At}.perHour", "must not be negative.");
        problems.Check(walkIns.VisitTypes.Count > 0, $"{At}.visitTypes", "give at least one visit type with a share.");
        problems.Check(walkIns.Providers.Count > 0, $"{At}.providers", "name at least one provider who sees walk-ins.");
        foreach (var (typeId, share) in walkIns.VisitTypes)
        {
            problems.Check(typeIds.Contains(typeId), $"{At}.visitTypes.{typeId}", $"unknown visit type '{typeId}'.");
            problems.Check(share > 0, $"{At}.visitTypes.{typeId}", "the share must be positive.");
        }

        foreach (var providerId in walkIns.Providers)
        {
            problems.Check(providerIds.Contains(providerId), $"{At}.providers", $"unknown provider '{providerId}'.");
        }

        Rates(walkIns.Rates ?? [], problems);
    }

    private static void Rates(IReadOnlyList<WalkInRate> rates, Problems problems)
    {
        for (var i = 0; i < rates.Count; i++)
        {
            var (rate, at) = (rates[i], $"{At}.rates[{i}]");
            problems.Check(rate.To > rate.From, $"{at}.to", $"{rate.To:HH:mm} is not after from {rate.From:HH:mm}.");
            problems.Check(rate.PerHour >= 0, $"{at}.perHour", "must not be negative.");
            for (var j = 0; j < i; j++)
            {
                var other = rates[j];
                var overlap = rate.From < other.To && other.From < rate.To;
                problems.Check(!overlap, at, $"{rate.From:HH:mm}–{rate.To:HH:mm} overlaps rates[{j}] ({other.From:HH:mm}–{other.To:HH:mm}); at any time one rate holds.");
            }
        }
    }
}
