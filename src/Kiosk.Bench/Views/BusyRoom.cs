using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Bench.Views;

/// <summary>
/// A room late in a busy day with <c>waiting</c> patients in line over three providers, and around them what
/// a real day has: as many seen and gone, one called and one in the room per provider, some who left,
/// walk-ins (one in seven), help asked (some answered, some taken back), care notes, ratings, "spoken to",
/// late check-ins from an offline kiosk, and a delay. Built straight from visits and desk records, not check
/// by check, so a room of 10,000 takes a moment to make; every waiting patient has an estimate and a promise.
/// </summary>
public sealed record BusyRoom(WaitingRoomDay Room, DateTimeOffset Now, Dictionary<Guid, WaitEstimate> Estimates, Dictionary<Guid, WaitEstimate> Promised)
{
    public static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly string[] Providers = ["lee", "okafor", "haddad"];

    /// <summary>The room at 18:00 on <see cref="Day"/>, or, with <paramref name="now"/>, on that moment's day with its ten hours before it.</summary>
    public static BusyRoom Make(int waiting, int seed = 1, DateTimeOffset? now = null)
    {
        var random = new Random(seed);
        var clinic = new ClinicProfile(
            "bench", "Bench Clinic", TimeZoneInfo.Utc,
            [new Provider("lee", "Dr Lee", "L", "Room 1"), new Provider("okafor", "Dr Okafor", "O", "Room 2"), new Provider("haddad", "Dr Haddad", "H", "Room 3")],
            [new VisitType("checkup", "Check-up", 15), new VisitType("walkin", "Walk-in", 10, ["unwell", "other"])]);
        var at = now ?? new DateTimeOffset(Day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var opens = at.AddHours(-10);
        var seen = waiting / 2;
        var left = Math.Max(1, waiting / 50);
        var all = seen + left + (2 * Providers.Length) + waiting;
        var perProvider = (all / Providers.Length) + 1;
        var spacing = TimeSpan.FromHours(10) / perProvider;

        var visits = new List<Visit>();
        var waitingIds = new List<Guid>();
        var alerts = new List<DeskAlert>();
        var care = new Dictionary<Guid, CareNeeds>();
        var ratings = new List<VisitRated>();
        var spokenTo = new List<SpokenToPatient>();
        var offline = new List<OfflineCheckIn>();
        var estimates = new Dictionary<Guid, WaitEstimate>();
        var promised = new Dictionary<Guid, WaitEstimate>();
        var counts = new int[Providers.Length];
        for (var i = 0; i < all; i++)
        {
            // Earliest appointments are seen, then gone or with the provider; the rest of the day waits.
            var p = i % Providers.Length;
            var slot = opens + (spacing * counts[p]++);
            var walkIn = i >= all - waiting && i % 7 == 0;
            var arrived = slot.AddMinutes(random.Next(-15, 10));
            var appointment = new Appointment(Guid.NewGuid(), day, walkIn ? arrived : slot, Providers[p], walkIn ? "walkin" : "checkup",
                new PatientIdentity("Sam", $"Patient{i}", new DateOnly(1980, 1, 1).AddDays(i % 9000)), WalkIn: walkIn, WalkInReason: walkIn ? "unwell" : null);
            var visit = new Visit(new VisitTicket(Guid.NewGuid(), day, $"{"LOH"[p]}{counts[p]:000}", VisitTicket.NewToken()), appointment);
            visit.Arrive("kiosk-lobby", arrived);
            visits.Add(visit);
            promised[visit.Id] = new WaitEstimate(10, 20, 35, "bench");
            if (i < seen)
            {
                visit.Call($"Room {p + 1}", "nurse", arrived.AddMinutes(20));
                visit.EnterRoom("nurse", arrived.AddMinutes(21));
                visit.Complete("nurse", arrived.AddMinutes(35));
                if (i % 2 == 0)
                {
                    ratings.Add(new VisitRated(visit.Id, (PatientRating)(1 + (i % 3)), arrived.AddMinutes(40)));
                }
            }
            else if (i < seen + left)
            {
                visit.MarkLeft("nurse", arrived.AddMinutes(30));
            }
            else if (i < seen + left + Providers.Length)
            {
                visit.Call($"Room {p + 1}", "nurse", at.AddMinutes(-5));
                visit.EnterRoom("nurse", at.AddMinutes(-4));
            }
            else if (i < seen + left + (2 * Providers.Length))
            {
                visit.Call($"Room {p + 1}", "nurse", at.AddMinutes(-1));
            }
            else
            {
                waitingIds.Add(visit.Id);
                var ahead = waitingIds.Count / Providers.Length;
                estimates[visit.Id] = new WaitEstimate(ahead * 8, ahead * 12, ahead * 18, "bench");
                Desk(visit, waitingIds.Count, at, alerts, care, spokenTo, offline);
            }
        }

        var delays = new[] { new ProviderDelay("lee", 15, "", "nurse", at.AddHours(-1), LateReason.Emergency) };
        var room = new WaitingRoomDay(clinic, day, visits.Select(v => v.Appointment), visits, new Dictionary<Guid, Guid>(), delays,
            new DeskRecords(alerts, care, ratings, spokenTo, offline: offline));
        return new BusyRoom(room, at, estimates, promised);
    }

    /// <summary>What the desk has on some of the waiting patients: the n-th waiting patient gets a record every so many.</summary>
    private static void Desk(Visit visit, int n, DateTimeOffset now, List<DeskAlert> alerts, Dictionary<Guid, CareNeeds> care, List<SpokenToPatient> spokenTo, List<OfflineCheckIn> offline)
    {
        var at = visit.ArrivedAt!.Value;
        if (n % 50 == 0)
        {
            var help = new DeskAlert(Guid.NewGuid(), visit.Id, DeskAlertKind.HelpNow, "phone", at.AddMinutes(5));
            alerts.Add((n / 50 % 3) switch { 0 => help, 1 => help with { GoingBy = "nurse", GoingAt = at.AddMinutes(6) }, _ => help with { WithdrawnAt = at.AddMinutes(7) } });
        }

        if (n % 20 == 0)
        {
            care[visit.Id] = new CareNeeds(Mobility: true, FeelingWorse: n % 100 == 0);
            if (n % 100 == 0)
            {
                alerts.Add(new DeskAlert(Guid.NewGuid(), visit.Id, DeskAlertKind.FeelingWorse, "kiosk-lobby", at));
            }
        }

        if (n % 40 == 0)
        {
            spokenTo.Add(new SpokenToPatient(visit.Id, "nurse", now.AddMinutes(-10), now.AddMinutes(5)));
        }

        if (n % 100 == 0)
        {
            var outcome = n % 300 == 0 ? OfflineOutcome.BookingGone : OfflineOutcome.Added;
            offline.Add(new OfflineCheckIn(Guid.NewGuid(), Guid.NewGuid(), "kiosk-lobby", outcome, at, at.AddMinutes(3), visit.Id, visit.Ticket.Token, visit.Patient.DisplayName));
        }
    }
}
