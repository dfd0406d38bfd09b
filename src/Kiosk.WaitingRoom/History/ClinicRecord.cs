using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.History;

/// <summary>What a replay needs to know about the clinic: who sees patients, for what, and when.</summary>
public sealed record ClinicRecord(
    string Id,
    string Name,
    string TimeZone,
    WalkInPolicy WalkIns,
    IReadOnlyList<Provider> Providers,
    IReadOnlyList<VisitType> VisitTypes,
    IReadOnlyDictionary<string, ProviderSchedule>? Schedules)
{
    public static ClinicRecord Of(ClinicProfile clinic) => new(
        clinic.Id,
        clinic.Name,
        clinic.TimeZone.Id,
        clinic.WalkIns,
        clinic.Providers,
        clinic.VisitTypes,
        clinic.Schedules.Count > 0 ? clinic.Schedules : null);

    public ClinicProfile ToProfile() => new(
        Id,
        Name,
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        Providers ?? throw new ArgumentException("The clinic has no providers."),
        VisitTypes ?? throw new ArgumentException("The clinic has no visit types."),
        WalkIns,
        Schedules);
}
