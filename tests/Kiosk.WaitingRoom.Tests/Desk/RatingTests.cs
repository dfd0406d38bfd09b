using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>"How was your visit today?": only once seen, and a second answer replaces the first.</summary>
public sealed class RatingTests
{
    [Test]
    public void A_patient_still_waiting_cannot_rate_their_visit()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(8, 50));

        Assert.That(() => room.Rate(visit, PatientRating.Good, At(9)),
            Throws.TypeOf<DeskRefusedException>().With.Message.EqualTo("You can tell us how your visit went once you have been seen."));
        Assert.That(room.Desk.Ratings, Is.Empty);
    }

    [Test]
    public void A_second_rating_replaces_the_first_and_is_the_one_to_store()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(8, 50));
        room.Call(visit.Id, "Room 1", ByNurse, At(9));
        visit.EnterRoom(ByNurse, At(9, 1));
        room.Rate(visit, PatientRating.NotGood, At(9, 20));
        room.MarkStored();

        room.Rate(visit, PatientRating.Good, At(9, 21));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(room.Desk.Ratings[visit.Id], Is.EqualTo(new VisitRated(visit.Id, PatientRating.Good, At(9, 21))));
            Assert.That(room.Unstored().Desk.Ratings, Is.EqualTo(new[] { new VisitRated(visit.Id, PatientRating.Good, At(9, 21)) }));
        }
    }
}
