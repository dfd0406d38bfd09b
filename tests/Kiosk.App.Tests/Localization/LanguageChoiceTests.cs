namespace Kiosk.App.Tests.Localization;

/// <summary>Which language a page speaks when it is asked for one, or only knows the browser's.</summary>
public sealed class LanguageChoiceTests
{
    [TestCase("es", new string[0], "es")]
    [TestCase("xx", new[] { "es-ES" }, "es")]
    [TestCase(null, new[] { "fr-FR", "ES-mx" }, "es")]
    [TestCase(null, new[] { "fr-FR", "de" }, "en")]
    [TestCase("", new string[0], "en")]
    public void The_asked_language_wins_then_the_browsers_then_english(string? asked, string[] browser, string expected) =>
        Assert.That(TestStrings.Shipped.Choose(asked, browser), Is.EqualTo(expected));

    [Test]
    public void A_pages_words_are_its_own_area_with_english_where_a_language_has_none()
    {
        var words = TestStrings.Shipped.Area("es", "phone.");

        Assert.That(words.Keys, Is.All.StartsWith("phone."));
        Assert.That(words.Keys, Is.EquivalentTo(TestStrings.Shipped.KeysIn("en").Where(k => k.StartsWith("phone.", StringComparison.Ordinal))));
        Assert.That(words["phone.your-ticket"], Is.EqualTo("Su número"));
    }
}
