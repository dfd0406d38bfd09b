using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

/// <summary>Check-ins a kiosk took while offline, delivered late: what reception and the patient end up with.</summary>
public sealed class OutboxDeliveryTests
{
    private static readonly CheckInWindow Window = CheckInWindow.Default;

    [Test]
    public void A_told_check_in_delivered_late_waits_from_when_the_kiosk_took_it_with_the_kiosks_phone_token()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var arrival = Told(booked, TestClinic.At(8, 50));

        var delivery = Deliver(room, booked, arrival, TestClinic.At(9, 5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivery.Refused, Is.Null);
            Assert.That(delivery.Visit!.Visit.ArrivedAt, Is.EqualTo(TestClinic.At(8, 50)));
            Assert.That(delivery.Visit.Visit.Ticket.Token, Is.EqualTo(arrival.Token));
            Assert.That(room.Desk.Offline.Single().Outcome, Is.EqualTo(OfflineOutcome.Added));
            Assert.That(room.Desk.Offline.Single().ReceivedAt, Is.EqualTo(TestClinic.At(9, 5)));
            Assert.That(room.Desk.Offline.Single().NeedsLook, Is.False);
        }
    }

    [Test]
    public void The_same_outbox_item_twice_gives_the_first_visit_and_one_record()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var arrival = Told(booked, TestClinic.At(8, 50));
        var first = Deliver(room, booked, arrival, TestClinic.At(9, 5));

        var again = Deliver(room, booked, arrival, TestClinic.At(9, 6));

        Assert.That(again.Visit!.Visit, Is.SameAs(first.Visit!.Visit));
        Assert.That(room.Visits, Has.Count.EqualTo(1));
        Assert.That(room.Desk.Offline, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_check_in_window_is_judged_when_the_patient_was_at_the_kiosk_not_when_it_reached_us()
    {
        var booked = TestClinic.Appointment("Okafor", hour: 9);
        var room = TestClinic.Open(booked);

        var delivery = Deliver(room, booked, Told(booked, TestClinic.At(9, 10)), TestClinic.At(9, 45));

        Assert.That(delivery.Visit!.Created, Is.True);
    }

    [Test]
    public void Checked_in_at_the_desk_meanwhile_keeps_one_visit_that_the_kiosks_qr_code_opens_too()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var atDesk = room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByNurse, TestClinic.At(8, 55)).Visit;
        var arrival = Told(booked, TestClinic.At(8, 50));

        var delivery = Deliver(room, booked, arrival, TestClinic.At(9, 5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivery.Visit!.Visit, Is.SameAs(atDesk));
            Assert.That(room.Visits, Has.Count.EqualTo(1));
            Assert.That(room.VisitByToken(arrival.Token!), Is.SameAs(atDesk));
            var kept = room.Desk.Offline.Single();
            Assert.That(kept.Outcome, Is.EqualTo(OfflineOutcome.AlreadyHere));
            Assert.That(kept.CheckedInAt, Is.EqualTo(TestClinic.At(8, 50)));
            Assert.That(kept.NeedsLook, Is.True);
        }
    }

    [Test]
    public void A_booking_cancelled_while_the_kiosk_was_offline_adds_the_patient_as_a_walk_in_for_the_desk_to_talk_to()
    {
        var booked = TestClinic.Appointment("Okafor", provider: TestClinic.Baker);
        var room = TestClinic.Open();
        var arrival = Told(booked, TestClinic.At(8, 50)) with { Copy = booked };

        var delivery = Deliver(room, booked, arrival, TestClinic.At(9, 5));

        using (Assert.EnterMultipleScope())
        {
            var visit = delivery.Visit!.Visit;
            Assert.That(visit.Appointment.WalkIn, Is.True);
            Assert.That(visit.ProviderId, Is.EqualTo(TestClinic.Baker));
            Assert.That(visit.Patient, Is.EqualTo(booked.Patient));
            Assert.That(visit.ArrivedAt, Is.EqualTo(TestClinic.At(8, 50)));
            Assert.That(room.Desk.Offline.Single().Outcome, Is.EqualTo(OfflineOutcome.BookingGone));
            Assert.That(room.Desk.Offline.Single().NeedsLook, Is.True);
        }
    }

    [Test]
    public void A_told_check_in_that_cannot_be_accepted_is_kept_for_the_desk_once_and_refused_to_the_kiosk_each_time()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var arrival = Told(booked, TestClinic.At(8, 50));
        DateOnly wrongBirth = new(1990, 1, 1);

        var first = room.Deliver(arrival, TestClinic.At(9, 5), null, (at, token) => room.CheckIn(arrival.Key, booked.Id, "Okafor", wrongBirth, TestClinic.ByKiosk, at, Window, token: token));
        var again = room.Deliver(arrival, TestClinic.At(9, 6), null, (at, token) => room.CheckIn(arrival.Key, booked.Id, "Okafor", wrongBirth, TestClinic.ByKiosk, at, Window, token: token));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Refused!.Reason, Is.EqualTo(CheckInRefusal.DetailsDoNotMatch));
            Assert.That(again.Refused, Is.Not.Null);
            Assert.That(room.Visits, Is.Empty);
            var kept = room.Desk.Offline.Single();
            Assert.That(kept.Outcome, Is.EqualTo(OfflineOutcome.NotAccepted));
            Assert.That(kept.Reason, Is.EqualTo(nameof(CheckInRefusal.DetailsDoNotMatch)));
            Assert.That(kept.Who, Is.EqualTo("Sam Okafor"));
        }
    }

    [Test]
    public void A_check_in_taken_before_midnight_and_delivered_the_next_day_is_not_added_but_shown_to_reception()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var arrival = Told(booked, TestClinic.At(8, 0).AddDays(-1).AddHours(10));

        var delivery = Deliver(room, booked, arrival, TestClinic.At(8, 30));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivery.Refused!.Reason, Is.EqualTo(CheckInRefusal.NotToday));
            Assert.That(room.Visits, Is.Empty);
            Assert.That(room.Desk.Offline.Single().Outcome, Is.EqualTo(OfflineOutcome.EarlierDay));
        }
    }

    [Test]
    public void An_untold_refusal_is_the_screens_to_show_and_nothing_is_kept()
    {
        var booked = TestClinic.Appointment("Okafor", hour: 9);
        var room = TestClinic.Open(booked);
        var arrival = Told(booked, TestClinic.At(9, 40)) with { Told = false };

        Assert.That(() => Deliver(room, booked, arrival, TestClinic.At(9, 40)), Throws.TypeOf<CheckInRefusedException>());
        Assert.That(room.Desk.Offline, Is.Empty);
    }

    [Test]
    public void A_kiosk_token_already_in_use_is_not_reused()
    {
        var booked = TestClinic.Appointment("Okafor");
        var other = TestClinic.Appointment("Hughes", hour: 9, minute: 15);
        var room = TestClinic.Open(booked, other);
        var first = room.CheckInAsBooked(other, TestClinic.At(8, 45));
        var arrival = Told(booked, TestClinic.At(8, 50)) with { Token = first.Ticket.Token };

        var delivery = Deliver(room, booked, arrival, TestClinic.At(9, 5));

        Assert.That(delivery.Visit!.Visit.Ticket.Token, Is.Not.EqualTo(first.Ticket.Token));
        Assert.That(room.VisitByToken(first.Ticket.Token), Is.SameAs(first));
    }

    [Test]
    public void Reception_saying_it_has_seen_a_late_check_in_takes_it_off_the_list()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByNurse, TestClinic.At(8, 55));
        Deliver(room, booked, Told(booked, TestClinic.At(8, 50)), TestClinic.At(9, 5));

        var seen = room.SeenOffline(room.Desk.Offline.Single().Id, TestClinic.ByNurse, TestClinic.At(9, 6));

        Assert.That(seen.NeedsLook, Is.False);
        Assert.That(room.Unstored().Desk.NewOffline.Single().SeenBy, Is.EqualTo(TestClinic.ByNurse));
    }

    private static OutboxArrival Told(Appointment booked, DateTimeOffset at) =>
        new(Guid.NewGuid(), TestClinic.ByKiosk, at, VisitTicket.NewToken(), Told: true, booked.Patient);

    private static OutboxDelivery Deliver(WaitingRoomDay room, Appointment booked, OutboxArrival arrival, DateTimeOffset now) =>
        room.Deliver(arrival, now, null, (at, token) =>
            room.CheckIn(arrival.Key, booked.Id, booked.Patient.LastName, booked.Patient.DateOfBirth, TestClinic.ByKiosk, at, Window, token: token));
}
