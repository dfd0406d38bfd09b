using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Simulator.Scenarios;

/// <summary>
/// One simulated clinic, as read from a scenario file: who works when, what visits really take,
/// and how patients behave. Load it with <see cref="ScenarioLoader"/>, which validates it.
/// </summary>
public sealed record Scenario
{
    /// <summary>Defaults to the file name without its extension.</summary>
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>How many earlier days of the same clinic a benchmark simulates to learn from; 0 is a cold start.</summary>
    public required int HistoryDays { get; init; }

    public required ClinicSpec Clinic { get; init; }
    public required IReadOnlyList<VisitTypeSpec> VisitTypes { get; init; }
    public required IReadOnlyList<ProviderSpec> Providers { get; init; }
    public required PatientSpec Patients { get; init; }

    public VisitTypeSpec VisitType(string id) => VisitTypes.First(v => v.Id == id);

    public ProviderSpec Provider(string id) => Providers.First(p => p.Id == id);
}

public sealed record ClinicSpec
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>An IANA (or Windows) time zone id, e.g. "Europe/London".</summary>
    public required string TimeZone { get; init; }

    public required WalkInPolicy WalkInPolicy { get; init; }
}

public sealed record VisitTypeSpec
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>What the clinic thinks the visit takes: the length it books and tells the estimator.</summary>
    public required int ConfiguredMinutes { get; init; }

    /// <summary>What the visit really takes, before the provider's speed factor.</summary>
    public required LogNormalSpec Duration { get; init; }

    /// <summary>Relative weight among booked appointments; 0 means walk-in only.</summary>
    public required double BookingShare { get; init; }
}
