using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Tests.Room;

/// <summary>
/// The views are built in one pass per provider's line with indexed look-ups; each answer is checked here
/// against its plain definition (a place is the position in <c>Queue(provider)</c>, a desk record the last
/// or first of its kind in the day's list), in a busy room under both walk-in policies.
/// </summary>
public sealed class RoomViewsTests
{
    [TestCase(WalkInPolicy.Interleave)]
    [TestCase(WalkInPolicy.AfterBooked)]
    public void Every_ticket_shows_its_position_in_its_providers_queue(WalkInPolicy walkIns)
    {
        var busy = BusyDay.Make(walkIns);
        var snapshot = Build(busy);

        var room = busy.Room;
        Assert.That(room.Visits.Count(v => v.IsWaiting), Is.GreaterThan(20), "a busy room");
        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in room.Visits)
            {
                var queue = room.Queue(visit.ProviderId).Select(v => v.Id).ToList();
                int? expected = visit.IsWaiting ? queue.IndexOf(visit.Id) + 1 : null;
                Assert.That(snapshot.Tickets[visit.Id].PlaceInLine, Is.EqualTo(expected), visit.Ticket.Code);
            }
        }
    }

    [TestCase(WalkInPolicy.Interleave)]
    [TestCase(WalkInPolicy.AfterBooked)]
    public void The_board_lists_each_provider_by_name_with_the_room_then_called_then_the_queue_in_order(WalkInPolicy walkIns)
    {
        var busy = BusyDay.Make(walkIns);
        var snapshot = Build(busy);

        var room = busy.Room;
        var expected = room.Clinic.Providers
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .SelectMany(p => room.Visits.Where(v => v.ProviderId == p.Id && v.State == VisitState.InRoom)
                .Concat(room.Visits.Where(v => v.ProviderId == p.Id && v.State == VisitState.Called))
                .Concat(room.Queue(p.Id)))
            .Select(v => v.Ticket.Code);
        Assert.That(snapshot.Board.Rows.Select(r => r.Code), Is.EqualTo(expected));
        Assert.That(snapshot.Board.Rows.Select(r => r.PlaceInLine), Is.EqualTo(snapshot.Board.Rows.Select(r => snapshot.Tickets[r.VisitId].PlaceInLine)));
    }

    [Test]
    public void Walk_ins_wait_behind_every_booked_patient_only_when_the_clinic_says_so()
    {
        var interleaved = BusyDay.Make(WalkInPolicy.Interleave);
        var afterBooked = BusyDay.Make(WalkInPolicy.AfterBooked);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(interleaved.Room.Queue("okafor")[^1].Appointment.WalkIn, Is.False);
            Assert.That(afterBooked.Room.Queue("okafor")[^1].Appointment.WalkIn, Is.True);
            Assert.That(afterBooked.Room.Queue("okafor").SkipWhile(v => !v.Appointment.WalkIn).All(v => v.Appointment.WalkIn), Is.True, "no booked patient after the first walk-in");
        }
    }

    [Test]
    public void Help_ratings_care_spoken_to_and_late_check_ins_reach_the_right_rows_and_tickets()
    {
        var busy = BusyDay.Make(WalkInPolicy.Interleave);
        var snapshot = Build(busy);

        var room = busy.Room;
        var rows = snapshot.Board.Rows.ToDictionary(r => r.VisitId);
        Assert.That(room.Desk.Alerts.Count(a => a.Kind == DeskAlertKind.HelpNow), Is.EqualTo(5));
        Assert.That(room.Desk.Offline.Count(o => o.VisitId is not null), Is.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in room.Visits)
            {
                var help = room.Desk.Alerts.LastOrDefault(a => a.VisitId == visit.Id && a.Kind == DeskAlertKind.HelpNow);
                var ticket = snapshot.Tickets[visit.Id];
                Assert.That(ticket.Help, Is.EqualTo(help switch
                {
                    null => (HelpState?)null,
                    { IsOpen: true } => HelpState.Asked,
                    { IsWithdrawn: true } => HelpState.Withdrawn,
                    _ => HelpState.Coming,
                }), visit.Ticket.Code);
                Assert.That(ticket.Rating, Is.EqualTo(room.Desk.Ratings.TryGetValue(visit.Id, out var r) ? (VisitRating)(int)r.Rating : (VisitRating?)null));
                if (!rows.TryGetValue(visit.Id, out var row))
                {
                    continue;
                }

                var late = room.Desk.Offline.FirstOrDefault(o => o.VisitId == visit.Id && o.Outcome is OfflineOutcome.Added or OfflineOutcome.BookingGone);
                Assert.That(row.ReachedUsAt, Is.EqualTo(late?.ReceivedAt), visit.Ticket.Code);
                Assert.That(row.Care is not null, Is.EqualTo(room.Desk.Care.ContainsKey(visit.Id)), visit.Ticket.Code);
                Assert.That(row.NudgeAt, Is.EqualTo(row.SpokenTo is null ? visit.ArrivedAt!.Value.AddMinutes(5) : busy.Now.AddMinutes(17)), visit.Ticket.Code);
            }
        }

        Assert.That(snapshot.Tickets.Values.Select(t => t.Help), Is.SupersetOf(new HelpState?[] { HelpState.Asked, HelpState.Coming, HelpState.Withdrawn }));
        Assert.That(snapshot.Board.Rows.Count(r => r.SpokenTo is not null), Is.EqualTo(1));
        Assert.That(snapshot.Board.LateCheckIns.Select(l => l.Outcome), Is.EqualTo(new[] { LateCheckInOutcome.BookingGone }));
    }

    private static RoomSnapshot Build(BusyDay busy) =>
        RoomViews.Build(busy.Room, busy.Estimates, busy.Promised, token => "https://hub.test/t/" + token, busy.Now);
}
