namespace Kiosk.WaitingRoom.Clinic;

/// <summary>Someone who sees patients; <see cref="Room"/> is their usual room, offered first when calling their patients.</summary>
public sealed record Provider(string Id, string Name, string TicketPrefix, string? Room = null);

/// <summary>
/// A kind of appointment. <see cref="WalkInReasons"/> are the reasons a walk-in gives at the kiosk
/// that this visit type serves; for each reason, the first visit type listing it is used.
/// </summary>
public sealed record VisitType(string Id, string Name, int Minutes, IReadOnlyList<string>? WalkInReasons = null)
{
    public bool Serves(string reason) => WalkInReasons?.Contains(reason) == true;
}

/// <summary>Where the clinic puts walk-ins in a provider's line.</summary>
public enum WalkInPolicy
{
    /// <summary>By time: a walk-in's arrival counts as their appointment time.</summary>
    Interleave,

    /// <summary>Booked patients who have arrived always go first.</summary>
    AfterBooked,
}

/// <summary>What the clinic is: who sees patients, for what, and in which time zone its day runs.</summary>
public sealed class ClinicProfile(
    string id,
    string name,
    TimeZoneInfo timeZone,
    IReadOnlyList<Provider> providers,
    IReadOnlyList<VisitType> visitTypes,
    WalkInPolicy walkIns = WalkInPolicy.Interleave,
    IReadOnlyDictionary<string, ProviderSchedule>? schedules = null,
    CheckIn.CheckInWindow? checkInWindow = null,
    IReadOnlyList<string>? rooms = null)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public TimeZoneInfo TimeZone { get; } = timeZone;
    public IReadOnlyList<Provider> Providers { get; } = providers;
    public IReadOnlyList<VisitType> VisitTypes { get; } = visitTypes;
    public WalkInPolicy WalkIns { get; } = walkIns;

    /// <summary>Providers' working hours where the clinic has said them; the estimator uses them when present.</summary>
    public IReadOnlyDictionary<string, ProviderSchedule> Schedules { get; } = schedules ?? new Dictionary<string, ProviderSchedule>();

    /// <summary>How long before and after an appointment the kiosk may check the patient in.</summary>
    public CheckIn.CheckInWindow CheckInWindow { get; } = checkInWindow ?? CheckIn.CheckInWindow.Default;

    /// <summary>The rooms patients can be called to: those the clinic lists, else each provider's usual room.</summary>
    public IReadOnlyList<string> Rooms { get; } = rooms
        ?? [.. providers.Select(p => p.Room).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The room as the clinic spells it, or null when the clinic has no such room.</summary>
    public string? KnownRoom(string room) =>
        Rooms.FirstOrDefault(r => string.Equals(r, room.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The rooms to offer when calling a provider's patient: their usual room first, then the rest in the clinic's order.</summary>
    public IReadOnlyList<string> RoomsFor(string providerId) => Provider(providerId).Room is { } usual
        ? [usual, .. Rooms.Where(r => !string.Equals(r, usual, StringComparison.OrdinalIgnoreCase))]
        : Rooms;

    /// <summary>The visit type a walk-in with this reason gets: the first that serves it.</summary>
    public VisitType WalkInVisitType(string reason) =>
        VisitTypes.FirstOrDefault(v => v.Serves(reason)) ?? throw new KeyNotFoundException($"No visit type for walk-in reason '{reason}' in clinic '{Id}'.");

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
