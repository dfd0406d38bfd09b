using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.History;

/// <summary>
/// A clinic's past days as the hub recorded them, without anything personal: no names, birth
/// dates, phone tokens, staff names or free-text reasons. Reception exports it; the estimates
/// benchmark replays it to measure the estimators on real days instead of simulated ones.
/// </summary>
public sealed record HistoryExport(int Version, ClinicRecord Clinic, IReadOnlyList<DayRecord> Days)
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static HistoryExport Of(ClinicProfile clinic, IEnumerable<WaitingRoomDay> days) =>
        new(CurrentVersion, ClinicRecord.Of(clinic), [.. days.OrderBy(d => d.Day).Select(DayRecord.Of)]);

    public ClinicProfile ToProfile() => Clinic.ToProfile();

    /// <summary>Each exported day rebuilt through the domain's own rules, oldest first.</summary>
    public IReadOnlyList<WaitingRoomDay> Rooms()
    {
        var profile = ToProfile();
        return [.. Days.Select(d => d.ToRoom(profile))];
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads an export; a file that is not one gets an <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static HistoryExport Parse(string json)
    {
        HistoryExport? export;
        try
        {
            export = JsonSerializer.Deserialize<HistoryExport>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Not a history export: {e.Message}", e);
        }

        if (export is null || export.Clinic is null || export.Days is null)
        {
            throw new InvalidDataException("Not a history export: it needs \"version\", \"clinic\" and \"days\".");
        }

        if (export.Version != CurrentVersion)
        {
            throw new InvalidDataException($"History export version {export.Version} is not supported; this build reads version {CurrentVersion}.");
        }

        try
        {
            _ = export.Rooms();
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException or TimeZoneNotFoundException)
        {
            throw new InvalidDataException($"History export does not hold together: {e.Message}", e);
        }

        return export;
    }
}
