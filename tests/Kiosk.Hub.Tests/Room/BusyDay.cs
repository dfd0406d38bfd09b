using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Tests.Room;

/// <summary>
/// A busy afternoon made through the day's own methods: three providers, bookings some of which share a time
/// (and one pair an arrival too), walk-ins, patients called, in the room, done, gone and moved to another provider,
/// help asked (answered, taken back, asked again), ratings, care notes, "spoken to", and two late check-ins from
/// an offline kiosk (one whose booking was gone meanwhile).
/// </summary>
internal sealed record BusyDay(WaitingRoomDay Room, DateTimeOffset Now, Dictionary<Guid, WaitEstimate> Estimates, Dictionary<Guid, WaitEstimate> Promised)
{
    public static readonly DateOnly Day = new(2026, 11, 23);
    public static readonly string[] Providers = ["okafor", "lee", "haddad"];

    public static BusyDay Make(WalkInPolicy walkIns)
    {
        var clinic = new ClinicProfile(
            "busy", "Busy Clinic", TimeZoneInfo.Utc,
            [new Provider("okafor", "Dr Okafor", "O", "Room 2"), new Provider("lee", "Dr Lee", "L", "Room 1"), new Provider("haddad", "Dr Haddad", "H", "Room 3")],
            [new VisitType("checkup", "Check-up", 15), new VisitType("walkin", "Walk-in", 10, ["unwell", "other"])],
            walkIns);
        var booked = Enumerable.Range(0, 36)
            .Select(i => new Appointment(Guid.NewGuid(), Day, At(13, 0).AddMinutes(10 * (i / 3 / 2)), Providers[i % 3], "checkup", Patient(i)))
            .ToList();
        var room = new WaitingRoomDay(clinic, Day, booked, [], new Dictionary<Guid, Guid>());
        var now = At(16, 0);

        // Check-ins out of arrival order; booked pairs share a time, and the first pair of each provider an arrival too.
        var visits = new List<Visit>();
        foreach (var (a, i) in booked.Select((a, i) => (a, i)).Skip(3).Reverse())
        {
            var arrived = i is >= 6 and < 12 ? At(13, 5) : a.StartsAt.AddMinutes((i * 7 % 11) - 8);
            visits.Add(room.CheckIn(Guid.NewGuid(), a.Id, a.Patient.LastName, a.Patient.DateOfBirth, "kiosk-lobby", arrived,
                care: i % 5 == 0 ? new CareNeeds(Mobility: true) : null).Visit);
        }

        foreach (var (p, i) in Providers.SelectMany(p => new[] { p, p }).Select((p, i) => (p, i)))
        {
            room.WalkIn(Guid.NewGuid(), Patient(100 + i), p, "walkin", "kiosk-lobby", At(13, 12 + (9 * i)), reason: "unwell");
        }

        foreach (var p in Providers)
        {
            var line = room.Queue(p);
            Seen(line[0], clinic.Provider(p).Room!, At(13, 30));
            room.Rate(line[0], PatientRating.Good, At(14, 0));
            var inRoom = line[1];
            inRoom.Call(clinic.Provider(p).Room!, "nurse", At(15, 40));
            inRoom.EnterRoom("nurse", At(15, 41));
            room.Rate(inRoom, PatientRating.Okay, At(15, 50));
            line[2].Call(clinic.Provider(p).Room!, "nurse", At(15, 55));
            line[3].MarkLeft("nurse", At(15, 0));
        }

        room.Queue("lee")[2].MoveTo("haddad", "nurse", At(15, 10));
        Help(room, now);
        LateCheckIns(room, booked[0], booked[1], now);
        var waiting = room.Visits.Where(v => v.IsWaiting).ToList();
        room.AcknowledgeOverdue(waiting[4].Id, promisedHighMinutes: 5, showingHighMinutes: 20, "nurse", now.AddMinutes(-3));
        return new BusyDay(
            room,
            now,
            waiting.ToDictionary(v => v.Id, v => new WaitEstimate(5, 10, 20, "busy")),
            room.Visits.Where(v => v.ArrivedAt is not null).ToDictionary(v => v.Id, v => new WaitEstimate(0, 3, 5, "busy")));
    }

    public static DateTimeOffset At(int hour, int minute) => new(Day.ToDateTime(new TimeOnly(hour, 0)).AddMinutes(minute), TimeSpan.Zero);

    private static PatientIdentity Patient(int i) => new("Sam", $"Patient{i}", new DateOnly(1970, 1, 1).AddDays(i));

    private static void Seen(Visit visit, string room, DateTimeOffset at)
    {
        visit.Call(room, "nurse", at);
        visit.EnterRoom("nurse", at.AddMinutes(1));
        visit.Complete("nurse", at.AddMinutes(15));
    }

    /// <summary>Help asked by four waiting patients: one still open, one answered, one taken back, one taken back and asked again.</summary>
    private static void Help(WaitingRoomDay room, DateTimeOffset now)
    {
        var waiting = room.Visits.Where(v => v.IsWaiting).ToList();
        room.NeedHelp(waiting[0], "phone", now.AddMinutes(-20));
        room.NeedHelp(waiting[1], "phone", now.AddMinutes(-19));
        room.Going(room.Desk.LatestHelp(waiting[1].Id)!.Id, "nurse", now.AddMinutes(-18));
        room.NeedHelp(waiting[2], "phone", now.AddMinutes(-17));
        room.NoLongerNeedHelp(waiting[2], now.AddMinutes(-16));
        room.NeedHelp(waiting[3], "phone", now.AddMinutes(-15));
        room.NoLongerNeedHelp(waiting[3], now.AddMinutes(-14));
        room.NeedHelp(waiting[3], "phone", now.AddMinutes(-13));
    }

    /// <summary>Two check-ins an offline kiosk delivers late: one as booked, one whose booking was cancelled meanwhile (a walk-in now).</summary>
    private static void LateCheckIns(WaitingRoomDay room, Appointment booked, Appointment gone, DateTimeOffset now)
    {
        var key = Guid.NewGuid();
        room.Deliver(new OutboxArrival(key, "kiosk-2", now.AddMinutes(-40), null, Told: true, booked.Patient), now.AddMinutes(-30), null,
            (at, token) => room.CheckIn(key, booked.Id, booked.Patient.LastName, booked.Patient.DateOfBirth, "kiosk-2", at, token: token));
        var goneKey = Guid.NewGuid();
        var cancelled = gone with { Id = Guid.NewGuid() };
        room.Deliver(new OutboxArrival(goneKey, "kiosk-2", now.AddMinutes(-35), null, Told: true, gone.Patient, cancelled), now.AddMinutes(-25), null,
            (at, token) => room.CheckIn(goneKey, cancelled.Id, gone.Patient.LastName, gone.Patient.DateOfBirth, "kiosk-2", at, token: token));
    }
}
