using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.Hub.Callbacks;
using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Clinic;

/// <summary>The clinic as the admin writes it in kiosk-content/clinic.*.json.</summary>
public sealed record ClinicFile(
    string Id,
    string Name,
    string TimeZone,
    IReadOnlyList<ClinicFile.ProviderEntry> Providers,
    IReadOnlyList<ClinicFile.VisitTypeEntry> VisitTypes,
    IReadOnlyList<ClinicFile.DemoAppointmentEntry>? DemoAppointments,
    WalkInPolicy WalkIns = WalkInPolicy.Interleave,
    string PhoneRegion = ClinicFile.DefaultPhoneRegion,
    IReadOnlyList<ClinicFile.OpeningHoursEntry>? BusinessHours = null,
    IReadOnlyList<string>? Rooms = null,
    ClinicFile.CheckInEntry? CheckIn = null,
    string Culture = ClinicFile.DefaultCulture)
{
    /// <summary>Without "culture", dates in a CSV import are read as in the UK (31/12/2026), besides ISO (2026-12-31).</summary>
    public const string DefaultCulture = "en-GB";

    /// <summary>A room name is shown on the TV and spoken: short.</summary>
    public const int MaxRoomLength = 40;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>
    /// A provider; <see cref="Hours"/>, when given, lets the estimator see the end of the day and lunch coming.
    /// <see cref="SourceIds"/> are how the clinic's own system names them: a FHIR reference
    /// ("Practitioner/123"), an identifier ("http://hl7.org/fhir/sid/us-npi|1234567890" or just its
    /// value), or the name a CSV export uses.
    /// </summary>
    public sealed record ProviderEntry(string Id, string Name, string TicketPrefix, string Room, HoursEntry? Hours = null, IReadOnlyList<string>? SourceIds = null);

    /// <summary>Clinic-local working hours, e.g. "08:30" to "17:00" with lunch at "12:30" for 45 minutes.</summary>
    public sealed record HoursEntry(TimeOnly Start, TimeOnly End, TimeOnly? LunchAt = null, int LunchMinutes = 0);

    /// <summary>
    /// A visit type; <see cref="WalkInReasons"/> are the kiosk's walk-in reasons it serves (the first visit type listing a reason gets it).
    /// <see cref="SourceCodes"/> are the clinic system's codes for it: a FHIR serviceType or
    /// appointmentType coding ("http://terminology.hl7.org/CodeSystem/v2-0276|ROUTINE", or just
    /// "ROUTINE"), or the words a CSV export uses.
    /// </summary>
    public sealed record VisitTypeEntry(string Id, string Name, int Minutes, IReadOnlyList<string>? WalkInReasons = null, IReadOnlyList<string>? SourceCodes = null);

    /// <summary>
    /// A demo appointment, placed relative to when the demo starts so the demo always works;
    /// with ArrivedMinutesAgo the patient is already in the waiting room when the demo opens.
    /// </summary>
    public sealed record DemoAppointmentEntry(int InMinutes, string Provider, string VisitType, string FirstName, string LastName, DateOnly DateOfBirth, int? ArrivedMinutesAgo = null, string? ConfirmationCode = null);

    /// <summary>When the kiosk may check a booked patient in; without "checkIn", 60 minutes before to 15 after.</summary>
    public sealed record CheckInEntry(
        int OpensMinutesBefore = Kiosk.WaitingRoom.CheckIn.CheckInWindow.DefaultOpensMinutesBefore,
        int ClosesMinutesAfter = Kiosk.WaitingRoom.CheckIn.CheckInWindow.DefaultClosesMinutesAfter);

    public const int MaxOpensMinutesBefore = 720;
    public const int MaxClosesMinutesAfter = 240;

    /// <summary>Without "phoneRegion", numbers typed without a country code are read as UK numbers.</summary>
    public const string DefaultPhoneRegion = "GB";

    /// <summary>Without "businessHours", callback promises count Monday to Friday, 08:00 to 18:00.</summary>
    public static readonly IReadOnlyList<OpeningHoursEntry> DefaultBusinessHours =
        [.. new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => new OpeningHoursEntry(d, "08:00", "18:00"))];

    /// <summary>When the desk is staffed on one weekday ("monday", "08:00", "18:30"), in clinic time.</summary>
    public sealed record OpeningHoursEntry(string Day, string Opens, string Closes);

    public static ClinicFile Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<ClinicFile>(stream, Json)
                ?? throw new InvalidDataException($"Clinic file {path} is empty.");
            file.Validate(path);
            return file;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Clinic file {path} is not valid: {e.Message}", e);
        }
    }

    public ClinicProfile ToProfile() => new(
        Id,
        Name,
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        Providers.Select(p => new Provider(p.Id, p.Name, p.TicketPrefix, p.Room)).ToList(),
        VisitTypes.Select(v => new VisitType(v.Id, v.Name, v.Minutes, v.WalkInReasons ?? [])).ToList(),
        WalkIns,
        Providers.Where(p => p.Hours is not null).ToDictionary(
            p => p.Id,
            p => new ProviderSchedule(p.Hours!.Start, p.Hours.End, p.Hours.LunchAt, p.Hours.LunchMinutes)),
        CheckIn is { } c ? new Kiosk.WaitingRoom.CheckIn.CheckInWindow(c.OpensMinutesBefore, c.ClosesMinutesAfter) : null,
        Rooms);

    /// <summary>The week callback promises are counted in.</summary>
    public BusinessHours ToBusinessHours() => new(
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        (BusinessHours ?? DefaultBusinessHours).Select(h => new OpeningHours(Enum.Parse<DayOfWeek>(h.Day, ignoreCase: true), TimeOnly.Parse(h.Opens, CultureInfo.InvariantCulture), TimeOnly.Parse(h.Closes, CultureInfo.InvariantCulture))));

    /// <summary>A moment as the clinic's wall clock shows it, for staff pages: "14:05", or "Mon 14:05" with "ddd HH:mm".</summary>
    public string WallClock(DateTimeOffset at, string format = "HH:mm") =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).ToString(format, CultureInfo.CurrentCulture);

    private void Validate(string path)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id)) problems.Add("id is missing");
        if (Providers is not { Count: > 0 }) problems.Add("at least one provider is needed");
        if (VisitTypes is not { Count: > 0 }) problems.Add("at least one visit type is needed");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _)) problems.Add($"time zone '{TimeZone}' is unknown");
        foreach (var v in VisitTypes ?? [])
        {
            if (v.Minutes is < 1 or > 480) problems.Add($"visit type '{v.Id}' needs minutes between 1 and 480");
        }

        if (!IsKnownCulture(Culture)) problems.Add($"culture '{Culture}' is not a language and region such as en-GB, en-US or es-ES");
        if (!PhoneInput.IsKnownRegion(PhoneRegion)) problems.Add($"phoneRegion '{PhoneRegion}' is not a two-letter region such as GB, US or ES");
        problems.AddRange(OpeningHoursProblems());
        problems.AddRange(RoomProblems());
        problems.AddRange(WalkInReasonProblems());
        problems.AddRange(SourceNameProblems());
        foreach (var p in Providers ?? [])
        {
            if (p.Hours is not { } h) continue;
            if (h.End <= h.Start) problems.Add($"provider '{p.Id}' hours end before they start");
            if (h.LunchMinutes is < 0 or > 240) problems.Add($"provider '{p.Id}' lunch needs minutes between 0 and 240");
            if (h.LunchAt is { } lunch && (lunch < h.Start || lunch >= h.End)) problems.Add($"provider '{p.Id}' lunch is outside their hours");
        }

        if (CheckIn is { } window)
        {
            if (window.OpensMinutesBefore is < 0 or > MaxOpensMinutesBefore) problems.Add($"checkIn opensMinutesBefore needs minutes between 0 and {MaxOpensMinutesBefore}");
            if (window.ClosesMinutesAfter is < 0 or > MaxClosesMinutesAfter) problems.Add($"checkIn closesMinutesAfter needs minutes between 0 and {MaxClosesMinutesAfter}");
        }

        foreach (var a in DemoAppointments ?? [])
        {
            if (a.ConfirmationCode is { } code && !Kiosk.Contracts.ConfirmationCode.TryNormalise(code, out _)) problems.Add($"demo appointment for {a.InMinutes} min has confirmation code '{code}', which is not {Kiosk.Contracts.ConfirmationCode.Length} characters of {Kiosk.Contracts.ConfirmationCode.Alphabet}");
            if (Providers?.Any(p => p.Id == a.Provider) != true) problems.Add($"demo appointment for {a.InMinutes} min names unknown provider '{a.Provider}'");
            if (VisitTypes?.Any(v => v.Id == a.VisitType) != true) problems.Add($"demo appointment for {a.InMinutes} min names unknown visit type '{a.VisitType}'");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"Clinic file {path}: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>The culture CSV dates are read in (besides ISO dates).</summary>
    public CultureInfo DateCulture => CultureInfo.GetCultureInfo(Culture);

    private static bool IsKnownCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.Contains('-'))
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is { IsNeutralCulture: false };
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private IEnumerable<string> RoomProblems()
    {
        foreach (var p in Providers ?? [])
        {
            if (string.IsNullOrWhiteSpace(p.Room)) yield return $"provider '{p.Id}' needs a usual room";
            else if (Rooms is not null && !Rooms.Contains(p.Room, StringComparer.OrdinalIgnoreCase)) yield return $"provider '{p.Id}' usual room '{p.Room}' is not in rooms";
        }

        if (Rooms is null) yield break;
        if (Rooms.Count == 0) yield return "rooms needs at least one room, e.g. [\"Room 1\", \"Room 2\"]; leave it out to use the providers' rooms";
        foreach (var r in Rooms.Where(r => string.IsNullOrWhiteSpace(r) || r.Trim().Length > MaxRoomLength))
        {
            yield return $"room '{r}' needs a name of 1 to {MaxRoomLength} characters";
        }

        foreach (var twice in Rooms.GroupBy(r => r.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"rooms lists '{twice.Key}' twice";
        }
    }

    /// <summary>Every reason the kiosk offers a walk-in needs a visit type, and a reason the kiosk does not offer is a typo.</summary>
    private IEnumerable<string> WalkInReasonProblems()
    {
        foreach (var v in VisitTypes ?? [])
        {
            foreach (var unknown in (v.WalkInReasons ?? []).Where(r => !Kiosk.Contracts.WalkInReasons.All.Contains(r)))
            {
                yield return $"visit type '{v.Id}' names unknown walk-in reason '{unknown}' (known: {string.Join(", ", Kiosk.Contracts.WalkInReasons.All)})";
            }
        }

        if (VisitTypes is not { Count: > 0 }) yield break;
        foreach (var reason in Kiosk.Contracts.WalkInReasons.All.Where(r => !VisitTypes.Any(v => v.WalkInReasons?.Contains(r) == true)))
        {
            yield return $"walk-in reason '{reason}' has no visit type: list it in a visit type's walkInReasons";
        }
    }

    /// <summary>One name in the clinic's system must mean one provider (and one visit type), or an import would have to guess.</summary>
    private IEnumerable<string> SourceNameProblems()
    {
        foreach (var twice in (Providers ?? []).SelectMany(p => (p.SourceIds ?? []).Select(s => (Source: s.Trim(), p.Id)))
                     .GroupBy(s => s.Source, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(s => s.Id).Distinct().Count() > 1))
        {
            yield return $"sourceIds '{twice.Key}' is listed for providers {string.Join(" and ", twice.Select(s => $"'{s.Id}'").Distinct())}";
        }

        foreach (var twice in (VisitTypes ?? []).SelectMany(v => (v.SourceCodes ?? []).Select(s => (Source: s.Trim(), v.Id)))
                     .GroupBy(s => s.Source, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(s => s.Id).Distinct().Count() > 1))
        {
            yield return $"sourceCodes '{twice.Key}' is listed for visit types {string.Join(" and ", twice.Select(s => $"'{s.Id}'").Distinct())}";
        }
    }

    private IEnumerable<string> OpeningHoursProblems()
    {
        if (BusinessHours is null) yield break;
        if (BusinessHours.Count == 0)
        {
            yield return "businessHours needs at least one day, e.g. { \"day\": \"monday\", \"opens\": \"08:00\", \"closes\": \"18:00\" }";
            yield break;
        }

        foreach (var h in BusinessHours)
        {
            var isDay = Enum.TryParse<DayOfWeek>(h.Day, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(h.Day, out _);
            if (!isDay) yield return $"businessHours day '{h.Day}' is not a weekday name";
            var opens = TimeOnly.TryParseExact(h.Opens ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var o);
            var closes = TimeOnly.TryParseExact(h.Closes ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c);
            if (!opens || !closes) yield return $"businessHours on {h.Day} need opens and closes as HH:mm";
            else if (c <= o) yield return $"businessHours on {h.Day} close before they open";
        }

        foreach (var twice in BusinessHours.GroupBy(h => h.Day?.ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            yield return $"businessHours lists {twice.Key} twice";
        }
    }
}
