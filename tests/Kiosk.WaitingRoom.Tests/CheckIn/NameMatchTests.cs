using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

public sealed class NameMatchTests
{
    [TestCase("garcia", "García")]
    [TestCase("GARCÍA", "García")]
    [TestCase("obrien", "O'Brien")]
    [TestCase("O Neil", "O'Neil")]
    [TestCase("smith jones", "Smith-Jones")]
    [TestCase("Muller", "Müller")]
    [TestCase("  Lee ", "Lee")]
    [TestCase("Nguyễn", "Nguyen")]
    [TestCase("Strauss", "Strauß")]
    [TestCase("Soren", "Søren")]
    [TestCase("Lodz", "Łódź")]
    [TestCase("Aero", "Ærø")]
    public void Names_match_without_case_accents_spaces_or_punctuation(string typed, string booked)
    {
        Assert.That(NameMatch.Same(typed, booked), Is.True);
    }

    [TestCase("Garcias", "García")]
    [TestCase("Smyth", "Smith")]
    [TestCase("Lee", "Li")]
    [TestCase("", "Lee")]
    public void Different_names_do_not_match(string typed, string booked)
    {
        Assert.That(NameMatch.Same(typed, booked), Is.False);
    }
}
