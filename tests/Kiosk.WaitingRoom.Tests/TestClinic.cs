using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests;

/// <summary>
/// A small clinic to build test data from: two providers, three visit types, one Monday in
/// Chicago. Every call makes new objects, so no test sees another test's data.
/// </summary>
internal static class TestClinic
{
    public const string Adams = "adams";
    public const string Baker = "baker";

    public const string Checkup = "checkup";
    public const string QuickQuestion = "quick";
    public const string LongVisit = "long";

    public const string ByKiosk = "kiosk-lobby-1";
    public const string ByNurse = "nurse-jo";

    public static readonly DateOnly Day = new(2026, 11, 23);
    public static readonly DateOnly BornOn = new(1980, 4, 12);

    /// <summary>Chicago keeps standard time (UTC−6) on <see cref="Day"/>.</summary>
    private static readonly TimeSpan DayOffset = TimeSpan.FromHours(-6);

    public static ClinicProfile Profile() => new(
        "riverside",
        "Riverside Family Clinic",
        TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"),
        [new Provider(Adams, "Dr Adams", "A"), new Provider(Baker, "Dr Baker", "B")],
        [
            new VisitType(Checkup, "Check-up", 15),
            new VisitType(QuickQuestion, "Quick question", 7),
            new VisitType(LongVisit, "Long visit", 30),
        ]);

    /// <summary>A clinic-local wall-clock time on <see cref="Day"/>.</summary>
    public static DateTimeOffset At(int hour, int minute = 0) =>
        new(Day.ToDateTime(new TimeOnly(hour, minute)), DayOffset);

    public static Appointment Appointment(
        string lastName,
        string provider = Adams,
        int hour = 9,
        int minute = 0,
        string visitType = Checkup,
        DateOnly? bornOn = null,
        DateOnly? day = null) =>
        new(
            Guid.NewGuid(),
            day ?? Day,
            day is { } other ? new DateTimeOffset(other.ToDateTime(new TimeOnly(hour, minute)), DayOffset) : At(hour, minute),
            provider,
            visitType,
            new PatientIdentity("Sam", lastName, bornOn ?? BornOn));

    /// <summary>The waiting room on <see cref="Day"/> before anyone has arrived.</summary>
    public static WaitingRoomDay Open(params Appointment[] appointments) =>
        new(Profile(), Day, appointments, [], new Dictionary<Guid, Guid>());

    /// <summary>Checks the booked patient in with the details on the booking and a fresh key.</summary>
    public static Visit CheckInAsBooked(this WaitingRoomDay room, Appointment appointment, DateTimeOffset at) =>
        room.CheckIn(Guid.NewGuid(), appointment.Id, appointment.Patient.LastName, appointment.Patient.DateOfBirth, ByKiosk, at).Visit;

    /// <summary>A visit made directly, not through check-in: still expected.</summary>
    public static Visit NewVisit() =>
        new(new VisitTicket(Guid.NewGuid(), Day, "A001", VisitTicket.NewToken()), Appointment("Okafor"));
}
