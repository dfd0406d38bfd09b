using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

public sealed class SurnameStartTests
{
    [Test]
    public void Two_letters_find_the_only_patient_with_that_birth_date_and_that_start()
    {
        var booked = TestClinic.Appointment("Rahman");
        var room = TestClinic.Open(booked, TestClinic.Appointment("Rivera"), TestClinic.Appointment("Ramos", bornOn: new DateOnly(1975, 1, 1)));

        var found = room.FindByFirstLetters("ra", TestClinic.BornOn);

        Assert.That(found, Is.EqualTo(new Lookup(LookupMatch.One, booked, null)));
    }

    [Test]
    public void Two_patients_with_the_same_birth_date_and_start_ask_for_one_more_letter_and_reveal_neither()
    {
        var rahman = TestClinic.Appointment("Rahman");
        var room = TestClinic.Open(rahman, TestClinic.Appointment("Ramírez", TestClinic.Baker, hour: 11));

        var two = room.FindByFirstLetters("RA", TestClinic.BornOn);
        var three = room.FindByFirstLetters("RAH", TestClinic.BornOn);

        Assert.That(two, Is.EqualTo(new Lookup(LookupMatch.MoreLetters, null, null)));
        Assert.That(three, Is.EqualTo(new Lookup(LookupMatch.One, rahman, null)));
    }

    [Test]
    public void Letters_that_start_nobody_with_that_birth_date_find_nothing()
    {
        var room = TestClinic.Open(TestClinic.Appointment("Rahman"), TestClinic.Appointment("Okafor", bornOn: new DateOnly(1990, 11, 2)));

        Assert.That(room.FindByFirstLetters("OK", TestClinic.BornOn), Is.EqualTo(new Lookup(LookupMatch.None, null, null)));
    }

    [Test]
    public void A_birth_date_alone_tells_a_stranger_nothing_whether_or_not_anyone_is_booked()
    {
        var booked = TestClinic.Open(TestClinic.Appointment("Rahman"));
        var empty = TestClinic.Open();

        foreach (var letters in new[] { "", "R", "'", "R-" })
        {
            var withBooking = booked.FindByFirstLetters(letters, TestClinic.BornOn);
            var withNobody = empty.FindByFirstLetters(letters, TestClinic.BornOn);

            Assert.That(withBooking, Is.EqualTo(withNobody), letters);
            Assert.That(withBooking, Is.EqualTo(new Lookup(LookupMatch.MoreLetters, null, null)), letters);
        }
    }

    [Test]
    public void Patients_whose_names_more_letters_cannot_tell_apart_go_to_the_desk_at_once()
    {
        var room = TestClinic.Open(
            TestClinic.Appointment("García", TestClinic.Adams, hour: 9),
            TestClinic.Appointment("Garcia", TestClinic.Baker, hour: 10));

        Assert.That(room.FindByFirstLetters("GA", TestClinic.BornOn), Is.EqualTo(new Lookup(LookupMatch.Several, null, null)));
    }

    [TestCase("sz", "Szabó")]
    [TestCase("o'n", "O'Neil")]
    [TestCase("ST", "Strauß")]
    public void The_first_letters_are_compared_as_whole_names_are(string typed, string booked)
    {
        var appointment = TestClinic.Appointment(booked);
        var room = TestClinic.Open(appointment);

        Assert.That(room.FindByFirstLetters(typed, TestClinic.BornOn).Appointment, Is.EqualTo(appointment));
    }

    [Test]
    public void The_whole_name_still_finds_a_patient_whose_name_starts_another_patients()
    {
        var rahman = TestClinic.Appointment("Rahman");
        var room = TestClinic.Open(rahman, TestClinic.Appointment("Rahmani", TestClinic.Baker));

        Assert.That(room.FindByFirstLetters("Rahman", TestClinic.BornOn).Match, Is.EqualTo(LookupMatch.MoreLetters));
        Assert.That(room.Find("Rahman", TestClinic.BornOn).Appointment, Is.EqualTo(rahman));
    }

    [Test]
    public void Checking_in_with_the_letters_that_found_the_appointment_is_allowed_but_one_letter_is_not()
    {
        var booked = TestClinic.Appointment("Rahman");
        var room = TestClinic.Open(booked);

        var refused = Assert.Throws<CheckInRefusedException>(() =>
            room.CheckIn(Guid.NewGuid(), booked.Id, "R", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50)));
        var outcome = room.CheckIn(Guid.NewGuid(), booked.Id, "Ra", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(8, 50));

        Assert.That(refused.Reason, Is.EqualTo(CheckInRefusal.DetailsDoNotMatch));
        Assert.That(outcome.Created, Is.True);
    }
}
