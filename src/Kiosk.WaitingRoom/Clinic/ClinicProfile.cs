namespace Kiosk.WaitingRoom.Clinic;

public sealed record Provider(string Id, string Name, string TicketPrefix);

public sealed record VisitType(string Id, string Name, int Minutes);

/// <summary>What the clinic is: who sees patients, for what, and in which time zone its day runs.</summary>
public sealed class ClinicProfile(
    string id,
    string name,
    TimeZoneInfo timeZone,
    IReadOnlyList<Provider> providers,
    IReadOnlyList<VisitType> visitTypes)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public TimeZoneInfo TimeZone { get; } = timeZone;
    public IReadOnlyList<Provider> Providers { get; } = providers;
    public IReadOnlyList<VisitType> VisitTypes { get; } = visitTypes;

    public Provider Provider(string id) =>
        Providers.FirstOrDefault(p => p.Id == id) ?? throw new KeyNotFoundException($"No provider '{id}' in clinic '{Id}'.");

    public VisitType VisitType(string id) =>
        VisitTypes.FirstOrDefault(v => v.Id == id) ?? throw new KeyNotFoundException($"No visit type '{id}' in clinic '{Id}'.");

    public DateTimeOffset LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(LocalTime(time.GetUtcNow()).DateTime);

    /// <summary>The instant a clinic-local wall-clock time happens on a given day.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
