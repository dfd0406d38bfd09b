using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

/// <summary>The kiosk's check-in window, and check-in by confirmation code, in the domain.</summary>
public sealed class CheckInWindowTests
{
    private static readonly CheckInWindow Window = new(60, 15);

    [TestCase(7, 59, CheckInTiming.TooEarly)]
    [TestCase(8, 0, CheckInTiming.Open)]
    [TestCase(9, 15, CheckInTiming.Open)]
    [TestCase(9, 16, CheckInTiming.TooLate)]
    public void An_appointment_at_nine_opens_at_eight_and_closes_at_quarter_past(int hour, int minute, CheckInTiming expected) =>
        Assert.That(Window.Judge(TestClinic.Appointment("Okafor"), TestClinic.At(hour, minute)), Is.EqualTo(expected));

    [Test]
    public void Outside_the_window_nothing_is_checked_in()
    {
        var booked = TestClinic.Appointment("Okafor");
        var room = TestClinic.Open(booked);

        var early = Assert.Throws<CheckInRefusedException>(() => room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(7, 30), Window));
        var late = Assert.Throws<CheckInRefusedException>(() => room.CheckIn(Guid.NewGuid(), booked.Id, "Okafor", TestClinic.BornOn, TestClinic.ByKiosk, TestClinic.At(10), Window));

        Assert.That((early!.Reason, late!.Reason), Is.EqualTo((CheckInRefusal.TooEarly, CheckInRefusal.TooLate)));
        Assert.That(room.Visits, Is.Empty);
    }

    [Test]
    public void A_code_checks_in_its_own_appointment_only()
    {
        var booked = TestClinic.Appointment("Okafor") with { ConfirmationCode = "AR9K2M" };
        var other = TestClinic.Appointment("Lopez", hour: 10) with { ConfirmationCode = "GA4Q7X" };
        var room = TestClinic.Open(booked, other);

        var outcome = room.CheckInByCode(Guid.NewGuid(), "AR9K2M", TestClinic.ByKiosk, TestClinic.At(8, 50), Window);
        var wrong = Assert.Throws<CheckInRefusedException>(() => room.CheckInByCode(Guid.NewGuid(), "ZZZZZZ", TestClinic.ByKiosk, TestClinic.At(8, 50), Window));

        Assert.That(outcome.Visit.Appointment, Is.EqualTo(booked));
        Assert.That(wrong!.Reason, Is.EqualTo(CheckInRefusal.AppointmentNotFound));
        Assert.That(room.FindByCode("GA4Q7X").Appointment, Is.EqualTo(other));
        Assert.That(room.FindByCode("ZZZZZZ").Match, Is.EqualTo(LookupMatch.None));
    }
}
