using System.Text.Json.Serialization;
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

    /// <summary>Where the past days differ from today; absent means the past is simulated like today.</summary>
    public HistorySpec? History { get; init; }

    /// <summary>Things that happen on one day only (today is day 0, yesterday -1), on top of that day's parameters.</summary>
    public IReadOnlyList<DayEventSpec>? Events { get; init; }

    /// <summary>
    /// The scenario the past days are simulated from, built by the loader from <see cref="History"/>
    /// (with this scenario's <see cref="Events"/>); null when the past is like today.
    /// </summary>
    [JsonIgnore]
    public Scenario? Past { get; init; }

    /// <summary>What to simulate the days before today with: <see cref="Past"/>, or this scenario when the past is like today.</summary>
    public Scenario ForHistory() => Past ?? this;

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

    /// <summary>What the visit really takes, before the provider's speed factor; either this or <see cref="Mix"/>.</summary>
    public LogNormalSpec? Duration { get; init; }

    /// <summary>
    /// Visits of this type that are really of several kinds (a quick question or a long problem),
    /// which nobody can tell apart at check-in: each patient's kind is drawn by share.
    /// </summary>
    public IReadOnlyList<DurationComponent>? Mix { get; init; }

    /// <summary>The true duration of a visit of kind <paramref name="component"/> of the mix (any for a type without a mix).</summary>
    public LogNormalSpec TrueDuration(int component) =>
        Mix is { } mix ? new LogNormalSpec { Median = mix[component].Median, Sigma = mix[component].Sigma } : Duration!;

    /// <summary>Relative weight among booked appointments; 0 means walk-in only.</summary>
    public required double BookingShare { get; init; }
}

/// <summary>One kind of visit within a visit type's <see cref="VisitTypeSpec.Mix"/>: its share of the visits and its lognormal duration.</summary>
public sealed record DurationComponent
{
    public required double Share { get; init; }
    public required double Median { get; init; }
    public required double Sigma { get; init; }
}
