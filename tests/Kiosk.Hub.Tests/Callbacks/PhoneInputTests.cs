using Kiosk.Hub.Clinic;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Callbacks;

namespace Kiosk.Hub.Tests.Callbacks;

public sealed class PhoneInputTests
{
    private static readonly PhoneInput Gb = new("GB");

    [TestCase("07400 123456", "+447400123456")]
    [TestCase("(07400) 123-456", "+447400123456")]
    [TestCase("+44 7400 123456", "+447400123456")]
    [TestCase("020 7946 0018", "+442079460018")]
    public void A_local_number_is_read_in_the_clinics_region_and_kept_as_E164(string typed, string e164)
    {
        Assert.That(Gb.Check(typed), Is.EqualTo(new PhoneCheck(e164, null)));
    }

    [TestCase("+34 612 34 56 78", "+34612345678")]
    [TestCase("0034 612 345 678", "+34612345678")]
    [TestCase("+1 (201) 555-0123", "+12015550123")]
    [TestCase("+49 1512 3456789", "+4915123456789")]
    public void An_international_number_is_accepted(string typed, string e164)
    {
        Assert.That(Gb.Check(typed).E164, Is.EqualTo(e164));
    }

    [TestCase("", RefusalReasons.PhoneMissing)]
    [TestCase("   ", RefusalReasons.PhoneMissing)]
    [TestCase("call me", RefusalReasons.PhoneNotANumber)]
    [TestCase("0770", RefusalReasons.PhoneTooShort)]
    [TestCase("07400 123456 456789", RefusalReasons.PhoneTooLong)]
    [TestCase("+999 1234 5678", RefusalReasons.PhoneUnknownCountry)]
    [TestCase("01234 0", RefusalReasons.PhoneTooShort)]
    [TestCase("+44 7700 90012345678901234567890123456789", RefusalReasons.PhoneTooLong)]
    public void A_malformed_number_is_refused_with_a_reason_and_an_example(string typed, string reason)
    {
        var check = Gb.Check(typed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(check.IsValid, Is.False);
            Assert.That(check.Reason, Is.EqualTo(reason));
            Assert.That(check.Example, Does.StartWith("07"));
            Assert.That(Gb.Check(check.Example).IsValid, Is.True, "the example itself must be a number we accept");
        }
    }

    [Test]
    public void A_number_of_the_right_length_that_no_network_uses_is_refused_as_invalid()
    {
        Assert.That(Gb.Check("09999 999999").Reason, Is.EqualTo(RefusalReasons.PhoneInvalid));
    }

    [Test]
    public void The_example_follows_the_clinics_region()
    {
        var es = new PhoneInput("ES");

        Assert.That(es.Check("612 34 56 78").E164, Is.EqualTo("+34612345678"));
        Assert.That(es.Check("nope").Example, Does.Match(@"^6\d\d( \d\d){3}$"));
    }

    [Test]
    public void Reception_dials_local_numbers_nationally_and_others_internationally()
    {
        Assert.That(new[] { Gb.ForDialling("+447400123456"), Gb.ForDialling("+34612345678") }, Is.EqualTo(new[] { "07400 123456", "+34 612 34 56 78" }));
    }

    [Test]
    public void An_unknown_region_is_a_configuration_mistake()
    {
        Assert.Throws<ArgumentException>(() => _ = new PhoneInput("XX"));
    }
}
