using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Clinic;

/// <summary>The clinic as the admin writes it in kiosk-content/clinic.*.json.</summary>
public sealed partial record ClinicFile(
    string Id,
    string Name,
    string TimeZone,
    IReadOnlyList<ClinicFile.ProviderEntry> Providers,
    IReadOnlyList<ClinicFile.VisitTypeEntry> VisitTypes,
    string? DemoDay,
    WalkInPolicy WalkIns = WalkInPolicy.Interleave,
    string PhoneRegion = ClinicFile.DefaultPhoneRegion,
    IReadOnlyList<ClinicFile.OpeningHoursEntry>? BusinessHours = null,
    IReadOnlyList<string>? Rooms = null,
    ClinicFile.CheckInEntry? CheckIn = null,
    string Culture = ClinicFile.DefaultCulture,
    IReadOnlyList<string>? Languages = null,
    ClinicFile.LookEntry? Look = null)
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

    private static readonly JsonSerializerOptions WriteJson = new(Json)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
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

    /// <summary>
    /// Reads and validates the file: the hub's start-up, which stops with every problem in one
    /// message. With <paramref name="offeredLanguages"/> (the strings folder's), "languages" is checked against them.
    /// </summary>
    public static ClinicFile Load(string path, IReadOnlyCollection<string>? offeredLanguages = null)
    {
        var file = Parse(path);
        var problems = file.Problems(offeredLanguages, path);
        return problems.Count == 0 ? file : throw new InvalidDataException($"Clinic file {path}: {string.Join("; ", problems)}.");
    }

    /// <summary>Reads the file without judging it (see <see cref="Problems"/>); JSON that is no clinic file throws <see cref="InvalidDataException"/>.</summary>
    public static ClinicFile Parse(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ClinicFile>(stream, Json)
                ?? throw new InvalidDataException($"Clinic file {path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Clinic file {path} is not valid: {e.Message}{Where(e)}", e);
        }
    }

    /// <summary>Where in the file the JSON went wrong, when its message does not say (a field a clinic file does not have).</summary>
    private static string Where(JsonException e) =>
        e.LineNumber is { } line && !e.Message.Contains("LineNumber", StringComparison.Ordinal) ? $" (line {line + 1}, at {e.Path})." : "";

    /// <summary>The file as JSON, as <see cref="Load"/> reads it back.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, WriteJson);

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

    /// <summary>
    /// A moment as the clinic's wall clock shows it, on staff pages and the TV alike: one time format,
    /// 24 h or 12 h as the clinic's culture writes it ("14:05" in en-GB, "2:05 PM" in en-US).
    /// </summary>
    public string WallClock(DateTimeOffset at) => WallClock(TimeOnly.FromDateTime(Local(at).DateTime));

    /// <summary>The day as <paramref name="dayFormat"/> writes it, then the time: "Mon 14:05" with "ddd".</summary>
    public string WallClock(DateTimeOffset at, string dayFormat) =>
        $"{Local(at).ToString(dayFormat, DateCulture)} {WallClock(at)}";

    /// <summary>A clinic-local time of day (an appointment's), in the clinic's one time format.</summary>
    public string WallClock(TimeOnly time) => time.ToString(DateCulture.DateTimeFormat.ShortTimePattern, DateCulture);

    /// <summary>The clinic's calendar day of a moment.</summary>
    public DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));

    /// <summary>The clinic's culture: CSV dates are read in it (besides ISO dates), and every time people read is written in it.</summary>
    [JsonIgnore]
    public CultureInfo DateCulture => CultureInfo.GetCultureInfo(Culture);
}
