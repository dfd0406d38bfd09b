using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>Urgent alerts: feeling worse at check-in, "I need help now" once while open, and the first "I'm going" wins.</summary>
public sealed class AlertTests
{
    [Test]
    public void Feeling_worse_at_check_in_keeps_the_care_needs_with_the_new_visit_and_alerts_the_desk_in_the_same_change()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var care = new CareNeeds(Needles: true, FeelingWorse: true);

        var visit = room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", BornOn, ByKiosk, At(8, 50), care: care).Visit;
        var changes = room.Unstored();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes.Desk.Care, Is.EqualTo(new Dictionary<Guid, CareNeeds> { [visit.Id] = care }));
            Assert.That(changes.Desk.NewAlerts.Select(a => (a.VisitId, a.Kind, a.RaisedBy, a.RaisedAt)),
                Is.EqualTo(new[] { (visit.Id, DeskAlertKind.FeelingWorse, ByKiosk, At(8, 50)) }));
        }
    }

    [Test]
    public void Care_needs_without_feeling_worse_raise_no_alert_and_a_repeated_check_in_adds_nothing()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var key = Guid.NewGuid();
        room.CheckIn(key, booked.Id, "Okafor", BornOn, ByKiosk, At(8, 50), care: new CareNeeds(Mobility: true));
        room.MarkStored();

        room.CheckIn(key, booked.Id, "Okafor", BornOn, ByKiosk, At(8, 51), care: new CareNeeds(FeelingWorse: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(room.Desk.Alerts, Is.Empty);
            Assert.That(room.Unstored().IsEmpty, Is.True, "the same key is the same check-in");
        }
    }

    [Test]
    public void Help_pressed_twice_while_open_is_one_alert_and_after_someone_went_it_can_be_asked_again()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(8, 50));

        var first = room.NeedHelp(visit, "phone", At(9));
        var again = room.NeedHelp(visit, "phone", At(9, 1));
        room.Going(room.Desk.Alerts.Single().Id, ByNurse, At(9, 2));
        var afterGoing = room.NeedHelp(visit, "phone", At(9, 20));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, again, afterGoing), Is.EqualTo((true, false, true)));
            Assert.That(room.Desk.Alerts, Has.Count.EqualTo(2));
            Assert.That(room.Desk.LatestHelp(visit.Id)!.IsOpen, Is.True);
        }
    }

    [Test]
    public void Help_is_refused_once_the_patient_has_left_the_waiting_room()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(8, 50));
        room.Call(visit.Id, "Room 1", ByNurse, At(9));
        visit.EnterRoom(ByNurse, At(9, 1));

        var refused = Assert.Throws<DeskRefusedException>(() => room.NeedHelp(visit, "phone", At(9, 5)));

        Assert.That(refused!.Message, Does.StartWith("You are no longer in the waiting room."));
    }

    [Test]
    public void The_first_to_say_im_going_is_recorded_and_the_second_is_told_who_went_and_when()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(8, 50));
        room.NeedHelp(visit, "phone", At(9));
        var alert = room.Desk.Alerts.Single();
        room.MarkStored();

        var answered = room.Going(alert.Id, ByNurse, At(9, 2));
        var second = Assert.Throws<DeskRefusedException>(() => room.Going(alert.Id, "desk-2", At(9, 3)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((answered.GoingBy, answered.GoingAt), Is.EqualTo((ByNurse, At(9, 2))));
            Assert.That(second!.Message, Is.EqualTo($"{ByNurse} is already going to ticket A001 (since 09:02)."));
            Assert.That(room.Unstored().Desk.AnsweredAlerts, Is.EqualTo(new[] { answered }));
            Assert.That(room.Unstored().Desk.NewAlerts, Is.Empty);
        }
    }

    [Test]
    public void An_alert_the_day_does_not_know_is_refused() =>
        Assert.That(() => DeskClinic.Open().Going(Guid.NewGuid(), ByNurse, At(9)),
            Throws.TypeOf<DeskRefusedException>().With.Message.EqualTo("That alert is not known; it may be from another day."));
}
