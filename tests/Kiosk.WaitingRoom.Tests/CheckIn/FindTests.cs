using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

public sealed class FindTests
{
    [Test]
    public void Find_with_one_matching_booking_returns_it_and_no_visit_yet()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked, TestClinic.Appointment("Nguyen"));

        var found = room.Find("Okafor", TestClinic.BornOn);

        Assert.That(found, Is.EqualTo(new Lookup(LookupMatch.One, booked, null)));
    }

    [Test]
    public void Find_after_check_in_returns_the_visit_already_made()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);
        var visit = room.CheckInAsBooked(booked, TestClinic.At(8, 50));

        var found = room.Find("Okafor", TestClinic.BornOn);

        Assert.That(found.ExistingVisit, Is.SameAs(visit));
    }

    [Test]
    public void Find_with_no_matching_booking_returns_none()
    {
        var room = TestClinic.Open(TestClinic.Appointment("Okafor"));

        var found = room.Find("Nguyen", TestClinic.BornOn);

        Assert.That(found, Is.EqualTo(new Lookup(LookupMatch.None, null, null)));
    }

    [Test]
    public void Find_needs_the_date_of_birth_to_match_as_well_as_the_name()
    {
        var room = TestClinic.Open(TestClinic.Appointment("Okafor", bornOn: new DateOnly(1980, 4, 12)));

        var found = room.Find("Okafor", new DateOnly(1980, 4, 13));

        Assert.That(found.Match, Is.EqualTo(LookupMatch.None));
    }

    [Test]
    public void Find_with_the_same_last_name_and_birth_date_twice_reveals_neither_booking()
    {
        var room = TestClinic.Open(
            TestClinic.Appointment("Okafor", TestClinic.Adams, hour: 9),
            TestClinic.Appointment("Okafor", TestClinic.Baker, hour: 11));

        var found = room.Find("Okafor", TestClinic.BornOn);

        Assert.That(found, Is.EqualTo(new Lookup(LookupMatch.Several, null, null)));
    }

    [TestCase("Garcia", "García")]
    [TestCase("obrien", "O'Brien")]
    public void Find_matches_the_name_as_typed_at_a_kiosk(string typed, string booked)
    {
        var appointment = TestClinic.Appointment(booked);
        var room = TestClinic.Open(appointment);

        var found = room.Find(typed, TestClinic.BornOn);

        Assert.That(found.Appointment, Is.EqualTo(appointment));
    }
}
