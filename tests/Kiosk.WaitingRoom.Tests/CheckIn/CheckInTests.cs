using System.Buffers.Text;
using Kiosk.WaitingRoom.CheckIn;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

public sealed class CheckInTests
{
    [Test]
    public void Check_in_with_the_booked_details_creates_an_arrived_visit_for_today()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);

        var outcome = room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Created, Is.True);
            Assert.That(outcome.Visit.Appointment, Is.EqualTo(booked));
            Assert.That(outcome.Visit.State, Is.EqualTo(VisitState.Arrived));
            Assert.That(outcome.Visit.Events, Is.EqualTo(new[]
            {
                new VisitEvent(VisitEventKind.Arrived, TestClinic.At(8, 50), TestClinic.ByKiosk),
            }));
            Assert.That(outcome.Visit.Ticket.Day, Is.EqualTo(TestClinic.Day));
            Assert.That(room.Visits, Is.EqualTo(new[] { outcome.Visit }));
            Assert.That(room.VisitById(outcome.Visit.Id), Is.SameAs(outcome.Visit));
            Assert.That(room.VisitByToken(outcome.Visit.Ticket.Token), Is.SameAs(outcome.Visit));
        }
    }

    [Test]
    public void Check_in_twice_with_the_same_key_returns_the_first_ticket()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var key = Guid.NewGuid();
        var first = room.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50));

        var again = room.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 51));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Created, Is.False);
            Assert.That(again.Visit, Is.SameAs(first.Visit));
            Assert.That(room.Visits, Has.Count.EqualTo(1));
            Assert.That(first.Visit.ArrivedAt, Is.EqualTo(TestClinic.At(8, 50)));
        }
    }

    [Test]
    public void A_key_used_before_a_restart_still_returns_its_visit()
    {
        var booked = TestClinic.Appointment("Okafor");
        var before = TestClinic.Open(booked);
        var key = Guid.NewGuid();
        var first = before.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50));
        var reloaded = new WaitingRoomDay(
            TestClinic.Profile(),
            TestClinic.Day,
            [booked],
            [Visit.Restore(first.Visit.Ticket, booked, first.Visit.Events)],
            new Dictionary<Guid, Guid> { [key] = first.Visit.Id });

        var again = reloaded.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 52));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Created, Is.False);
            Assert.That(again.Visit.Id, Is.EqualTo(first.Visit.Id));
            Assert.That(reloaded.Visits, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void A_second_check_in_for_the_same_appointment_with_a_new_key_returns_the_existing_visit()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var first = room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50));

        var second = room.CheckIn(Guid.NewGuid(), booked.Id, "okafor", TestClinic.BornOn, "kiosk-lobby-2", TestClinic.At(8, 58));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Created, Is.False);
            Assert.That(second.Visit, Is.SameAs(first.Visit));
            Assert.That(room.Visits, Has.Count.EqualTo(1));
            Assert.That(first.Visit.Events, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void A_patient_whose_visit_was_closed_today_is_sent_to_the_desk_rather_than_given_the_old_ticket()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var first = room.CheckInAsBooked(booked, TestClinic.At(8, 50));
        first.MarkLeft(TestClinic.ByNurse, TestClinic.At(9, 40));

        var refused = Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(9, 45)));

        Assert.That(refused!.Reason, Is.EqualTo(CheckInRefusal.VisitClosed));
        Assert.That(room.Visits, Has.Count.EqualTo(1));
    }

    [Test]
    public void Check_in_with_a_wrong_date_of_birth_is_refused_and_adds_nothing()
    {
        var booked = TestClinic.Appointment("Okafor", bornOn: new DateOnly(1980, 4, 12));
        var room = TestClinic.Open(booked);

        var refused = Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", new DateOnly(1980, 12, 4), TestClinic.ByKiosk, TestClinic.At(8, 50)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Reason, Is.EqualTo(CheckInRefusal.DetailsDoNotMatch));
            Assert.That(room.Visits, Is.Empty);
        }
    }

    [Test]
    public void Check_in_with_a_wrong_last_name_is_refused_and_adds_nothing()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);

        var refused = Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(Guid.NewGuid(), booked.Id, "Okoro", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Reason, Is.EqualTo(CheckInRefusal.DetailsDoNotMatch));
            Assert.That(room.Visits, Is.Empty);
        }
    }

    [Test]
    public void A_refused_check_in_does_not_use_up_its_key()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var key = Guid.NewGuid();
        Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(key, booked.Id, "Okoro", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50)));

        var corrected = room.CheckIn(key, booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 51));

        Assert.That(corrected.Created, Is.True);
    }

    [Test]
    public void Check_in_for_an_unknown_appointment_is_refused_as_not_found()
    {
        var room = TestClinic.Open(TestClinic.Appointment("Okafor"));

        var refused = Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(Guid.NewGuid(), Guid.NewGuid(), "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Reason, Is.EqualTo(CheckInRefusal.AppointmentNotFound));
            Assert.That(room.Visits, Is.Empty);
        }
    }

    [Test]
    public void Check_in_for_an_appointment_on_another_day_is_refused_as_not_found()
    {
        var tomorrow = TestClinic.Appointment("Okafor", day: TestClinic.Day.AddDays(1));
        var room = TestClinic.Open(tomorrow);

        var refused = Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(Guid.NewGuid(), tomorrow.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50)));

        Assert.That(refused.Reason, Is.EqualTo(CheckInRefusal.AppointmentNotFound));
    }

    [Test]
    public void Ticket_codes_use_the_provider_prefix_and_count_up_per_provider()
    {
        Appointment[] booked =
        [
            TestClinic.Appointment("Okafor", TestClinic.Adams, hour: 9),
            TestClinic.Appointment("Lindqvist", TestClinic.Baker, hour: 9),
            TestClinic.Appointment("Nguyen", TestClinic.Adams, hour: 10),
            TestClinic.Appointment("Haddad", TestClinic.Adams, hour: 11),
        ];
        var room = TestClinic.Open(booked);

        var codes = booked.Select(a => room.CheckInAsBooked(a, TestClinic.At(8, 45)).Ticket.Code).ToList();

        Assert.That(codes, Is.EqualTo(new[] { "A001", "B001", "A002", "A003" }));
    }

    [Test]
    public void Ticket_codes_carry_on_from_visits_already_stored_for_the_day()
    {
        var first = TestClinic.Appointment("Okafor", hour: 9);
        var second = TestClinic.Appointment("Nguyen", hour: 10);
        var earlier = TestClinic.Open(first, second).CheckInAsBooked(first, TestClinic.At(8, 45));
        var reloaded = new WaitingRoomDay(TestClinic.Profile(), TestClinic.Day, [first, second], [earlier], new Dictionary<Guid, Guid>());

        var next = reloaded.CheckInAsBooked(second, TestClinic.At(9, 40));

        Assert.That(next.Ticket.Code, Is.EqualTo("A002"));
    }

    [Test]
    public void Tickets_of_different_patients_have_different_tokens_that_open_only_their_own_visit()
    {
        var okafor = TestClinic.Appointment("Okafor", hour: 9);
        var nguyen = TestClinic.Appointment("Nguyen", hour: 10);
        var room = TestClinic.Open(okafor, nguyen);

        var first = room.CheckInAsBooked(okafor, TestClinic.At(8, 45));
        var second = room.CheckInAsBooked(nguyen, TestClinic.At(8, 46));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Ticket.Token, Is.Not.EqualTo(second.Ticket.Token));
            Assert.That(room.VisitByToken(first.Ticket.Token), Is.SameAs(first));
            Assert.That(room.VisitByToken(second.Ticket.Token), Is.SameAs(second));
            Assert.That(room.VisitByToken("not-a-token"), Is.Null);
        }
    }

    [Test]
    public void Tokens_are_unique_url_safe_and_carry_at_least_128_bits()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => VisitTicket.NewToken()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tokens, Is.Unique);
            Assert.That(tokens, Has.All.Matches("^[A-Za-z0-9_-]{22,}$"));
            Assert.That(tokens.Select(t => Base64Url.DecodeFromChars(t).Length), Has.All.GreaterThanOrEqualTo(16));
        }
    }
}
