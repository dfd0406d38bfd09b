using Microsoft.Extensions.Time.Testing;

namespace Kiosk.WaitingRoom.Tests.Clinic;

public sealed class ClinicProfileTests
{
    [Test]
    public void Today_is_the_clinic_date_even_when_it_is_already_tomorrow_in_utc()
    {
        var clinic = TestClinic.Profile();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero)); // 21:00 in Chicago

        Assert.That(clinic.Today(time), Is.EqualTo(new DateOnly(2026, 11, 23)));
    }

    [Test]
    public void A_wall_clock_time_gets_the_offset_in_force_on_that_day()
    {
        var clinic = TestClinic.Profile();

        using (Assert.EnterMultipleScope())
        {
            // Chicago moves to daylight time on Sunday 8 March 2026.
            Assert.That(clinic.At(new DateOnly(2026, 3, 7), new TimeOnly(9, 0)),
                Is.EqualTo(new DateTimeOffset(2026, 3, 7, 15, 0, 0, TimeSpan.Zero)));
            Assert.That(clinic.At(new DateOnly(2026, 3, 9), new TimeOnly(9, 0)),
                Is.EqualTo(new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public void Asking_for_an_unknown_provider_names_it()
    {
        var clinic = TestClinic.Profile();

        var missing = Assert.Throws<KeyNotFoundException>(() => clinic.Provider("dr-who"));

        Assert.That(missing.Message, Does.Contain("dr-who"));
    }
}
