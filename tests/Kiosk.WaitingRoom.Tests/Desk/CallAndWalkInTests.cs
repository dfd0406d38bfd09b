using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>The clinic's rooms and its walk-in reasons are the day's rules, not the hub's.</summary>
public sealed class CallAndWalkInTests
{
    [Test]
    public void A_call_to_one_of_the_clinics_rooms_uses_the_clinics_spelling_and_any_other_room_is_refused_with_the_list()
    {
        var booked = Appointment("Okafor");
        var room = DeskClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, At(8, 50));

        var refused = Assert.Throws<DeskRefusedException>(() => room.Call(visit.Id, " Room 9 ", ByNurse, At(9)));
        var called = room.Call(visit.Id, " treatment ROOM ", ByNurse, At(9));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused!.Message, Is.EqualTo("'Room 9' is not one of the clinic's rooms: Room 1, Room 2, Treatment room."));
            Assert.That(called.Room, Is.EqualTo("Treatment room"));
        }
    }

    [Test]
    public void Without_listed_rooms_the_providers_usual_rooms_are_the_rooms_each_offered_first_to_their_own_patients()
    {
        var clinic = new ClinicProfile("c", "C", TimeZoneInfo.Utc, [new Provider(Adams, "Dr Adams", "A", "Room 1"), new Provider(Baker, "Dr Baker", "B", "Room 2")], [new VisitType(Checkup, "Check-up", 15)]);

        Assert.That(clinic.Rooms, Is.EqualTo(new[] { "Room 1", "Room 2" }));
        Assert.That(clinic.RoomsFor(Baker), Is.EqualTo(new[] { "Room 2", "Room 1" }));
    }

    [TestCase("prescription", QuickQuestion)]
    [TestCase("test", Checkup)]
    [TestCase("injury", Checkup)]
    public void A_walk_in_gets_the_first_visit_type_serving_their_reason(string reason, string visitType) =>
        Assert.That(DeskClinic.Open().WalkInRoute(reason).VisitTypeId, Is.EqualTo(visitType));

    [Test]
    public void A_walk_in_joins_the_provider_with_the_shortest_line()
    {
        var first = Appointment("Okafor", provider: Adams);
        var room = DeskClinic.Open(first);
        room.CheckInAsBooked(first, At(8, 50));

        Assert.That(room.WalkInRoute("unwell").ProviderId, Is.EqualTo(Baker));
    }

    [Test]
    public void A_reason_no_visit_type_serves_is_not_routed() =>
        Assert.That(() => DeskClinic.Open().WalkInRoute("massage"), Throws.TypeOf<KeyNotFoundException>());
}
