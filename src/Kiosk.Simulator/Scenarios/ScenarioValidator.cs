namespace Kiosk.Simulator.Scenarios;

/// <summary>The checks a scenario must pass after it parses; each problem starts with the field's path.</summary>
internal static class ScenarioValidator
{
    public static IReadOnlyList<string> Problems(Scenario scenario)
    {
        var problems = new Problems();
        problems.Check(scenario.HistoryDays >= 0, "historyDays", "must be 0 or more.");
        Clinic(scenario.Clinic, problems);
        VisitTypes(scenario.VisitTypes, problems);
        var typeIds = scenario.VisitTypes.Select(v => v.Id).ToHashSet();
        ProviderChecks.All(scenario.Providers, typeIds, scenario.VisitTypes, problems);
        Patients(scenario.Patients, typeIds, scenario.Providers.Select(p => p.Id).ToHashSet(), problems);
        EventChecks.All(scenario, problems);
        return problems.All;
    }

    private static void Clinic(ClinicSpec clinic, Problems problems)
    {
        problems.NotBlank(clinic.Id, "clinic.id");
        problems.NotBlank(clinic.Name, "clinic.name");
        var known = TimeZoneInfo.TryFindSystemTimeZoneById(clinic.TimeZone, out _);
        problems.Check(known, "clinic.timeZone", $"unknown time zone '{clinic.TimeZone}'.");
    }

    private static void VisitTypes(IReadOnlyList<VisitTypeSpec> types, Problems problems)
    {
        problems.Check(types.Count > 0, "visitTypes", "list at least one visit type.");
        problems.Unique(types.Select(t => t.Id), "visitTypes");
        problems.Check(types.Sum(t => Math.Max(0, t.BookingShare)) > 0, "visitTypes", "at least one bookingShare must be positive.");
        foreach (var type in types)
        {
            var at = $"visitTypes[{type.Id}]";
            problems.NotBlank(type.Id, $"{at}.id");
            problems.NotBlank(type.Name, $"{at}.name");
            problems.Check(type.ConfiguredMinutes > 0, $"{at}.configuredMinutes", "must be positive.");
            Duration(type, at, problems);
            problems.Check(type.BookingShare >= 0, $"{at}.bookingShare", "must not be negative.");
        }
    }

    private static void Duration(VisitTypeSpec type, string at, Problems problems)
    {
        var message = type.Duration is null ? "give duration (one lognormal) or mix (several kinds of visit, by share)." : "give either duration or mix, not both.";
        problems.Check(type.Duration is null != type.Mix is null, $"{at}.duration", message);
        if (type.Duration is { } duration)
        {
            problems.LogNormal(duration, $"{at}.duration");
        }

        if (type.Mix is not { } mix)
        {
            return;
        }

        problems.Check(mix.Count > 0, $"{at}.mix", "list at least one kind of visit.");
        for (var i = 0; i < mix.Count; i++)
        {
            problems.Check(mix[i].Share > 0, $"{at}.mix[{i}].share", "must be positive.");
            problems.LogNormal(new LogNormalSpec { Median = mix[i].Median, Sigma = mix[i].Sigma }, $"{at}.mix[{i}]");
        }

        var total = mix.Sum(c => c.Share);
        problems.Check(mix.Count == 0 || Math.Abs(total - 1) < 1e-6, $"{at}.mix", $"the shares add up to {total:0.###}, not 1.");
    }

    private static void Patients(PatientSpec patients, HashSet<string> typeIds, HashSet<string> providerIds, Problems problems)
    {
        problems.Probability(patients.FillRate, "patients.fillRate");
        problems.Probability(patients.OverbookRate, "patients.overbookRate");
        problems.Probability(patients.NoShowRate, "patients.noShowRate");
        problems.Normal(patients.ArrivalOffset, "patients.arrivalOffset");
        if (patients.Patience is { } patience)
        {
            problems.LogNormal(patience, "patients.patience");
        }

        if (patients.WalkIns is { } walkIns)
        {
            WalkInChecks.All(walkIns, typeIds, providerIds, problems);
        }
    }
}

/// <summary>Collects problems, each as "path: what is wrong".</summary>
internal sealed class Problems
{
    private readonly List<string> _all = [];

    public IReadOnlyList<string> All => _all;

    public void Check(bool ok, string path, string message)
    {
        if (!ok)
        {
            _all.Add($"{path}: {message}");
        }
    }

    public void NotBlank(string value, string path) => Check(!string.IsNullOrWhiteSpace(value), path, "must not be empty.");

    public void Probability(double value, string path) => Check(value is >= 0 and <= 1, path, $"must be between 0 and 1, not {value}.");

    public void Normal(NormalSpec normal, string path) => Check(normal.Sd >= 0, $"{path}.sd", "must not be negative.");

    public void LogNormal(LogNormalSpec lognormal, string path)
    {
        Check(lognormal.Median > 0, $"{path}.median", "must be positive.");
        Check(lognormal.Sigma > 0, $"{path}.sigma", "must be positive.");
    }

    public void Unique(IEnumerable<string> ids, string path)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _all.Add($"{path}: the id '{duplicate.Key}' is used more than once.");
        }
    }
}
