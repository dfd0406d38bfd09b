using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>When the hub may say "Dr Adams seems about N min behind" to reception.</summary>
public sealed class InferredDelayTests
{
    [Test]
    public void A_booked_patient_here_and_not_called_well_past_their_time_makes_the_provider_seem_behind_by_that_much()
    {
        var booked = TestClinic.Appointment("Okafor", hour: 9, minute: 0);
        var room = TestClinic.Open(booked);
        room.CheckInAsBooked(booked, TestClinic.At(8, 50));

        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 8)), Is.Null, "a few minutes is normal");
        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 16)), Is.EqualTo(15));
        Assert.That(InferredDelay.For(room, TestClinic.Baker, TestClinic.At(9, 16)), Is.Null, "only the patient's own provider");
    }

    [Test]
    public void A_patient_who_came_late_does_not_make_the_provider_look_late()
    {
        var booked = TestClinic.Appointment("Okafor", hour: 9, minute: 0);
        var room = TestClinic.Open(booked);
        room.CheckInAsBooked(booked, TestClinic.At(9, 25));

        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 30)), Is.Null);
        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 45)), Is.EqualTo(20), "counted from their arrival");
    }

    [Test]
    public void Once_a_delay_is_said_nothing_more_is_suggested_until_the_provider_falls_further_behind()
    {
        var booked = TestClinic.Appointment("Okafor", hour: 9, minute: 0);
        var room = TestClinic.Open(booked);
        room.CheckInAsBooked(booked, TestClinic.At(8, 50));
        room.SetProviderDelay(TestClinic.Adams, 15, "", TestClinic.ByNurse, TestClinic.At(9, 15));

        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 20)), Is.Null);
        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 26)), Is.EqualTo(25));
    }

    [Test]
    public void A_called_patient_no_longer_counts()
    {
        var booked = TestClinic.Appointment("Okafor", hour: 9, minute: 0);
        var room = TestClinic.Open(booked);
        room.CheckInAsBooked(booked, TestClinic.At(8, 50)).Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 20));

        Assert.That(InferredDelay.For(room, TestClinic.Adams, TestClinic.At(9, 30)), Is.Null);
    }
}
