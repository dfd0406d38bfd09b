using System.Text.RegularExpressions;
using Kiosk.Contracts.Localization;

namespace Kiosk.App.Tests.Localization;

public sealed class KioskStringsTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "kiosk-strings-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Every_shipped_language_translates_every_english_key()
    {
        var strings = TestStrings.Shipped;

        Assert.That(strings.Languages, Is.EqualTo(new[] { "en", "es" }).Or.Contains("es"));
        Assert.That(strings.Languages[0], Is.EqualTo("en"));
        foreach (var language in strings.Languages)
        {
            Assert.That(strings.MissingIn(language), Is.Empty, $"keys missing from {language}: shown in English to a patient who chose {language}");
        }
    }

    [Test]
    public void Every_key_the_kiosk_names_in_its_code_exists_in_english()
    {
        var english = TestStrings.Shipped.KeysIn("en");
        var areas = english.Select(k => k.Split('.')[0]).ToHashSet();
        var source = Path.Combine(TestStrings.Folder, "..", "..", "src", "Kiosk.App");
        var named = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"""([a-z]+(?:\.[a-z0-9-]+)+)""").Select(m => m.Groups[1].Value))
            .Where(k => areas.Contains(k.Split('.')[0]))
            .Distinct()
            .ToList();

        Assert.That(named, Has.Count.GreaterThan(30));
        Assert.That(named.Where(k => !english.Contains(k)), Is.Empty, "keys used in code but missing from *.en.json");
    }

    [Test]
    public void Areas_of_one_language_are_merged_so_another_feature_can_add_its_own_file()
    {
        Write("kiosk.en.json", """{ "a.hello": "Hello" }""");
        Write("callbacks.en.json", """{ "callbacks.ask": "Ask a question" }""");
        Write("kiosk.es.json", """{ "a.hello": "Hola" }""");

        var strings = KioskStrings.Load(_folder);

        Assert.That(strings.Get("en", "callbacks.ask"), Is.EqualTo("Ask a question"));
        Assert.That(strings.Get("es", "a.hello"), Is.EqualTo("Hola"));
        Assert.That(strings.MissingIn("es"), Is.EqualTo(new[] { "callbacks.ask" }));
    }

    [Test]
    public void A_key_missing_in_spanish_falls_back_to_english_and_an_unknown_key_shows_itself()
    {
        Write("kiosk.en.json", """{ "a.hello": "Hello", "a.bye": "Bye {name}" }""");
        Write("kiosk.es.json", """{ "a.hello": "Hola" }""");

        var strings = KioskStrings.Load(_folder);

        Assert.That(strings.Get("es", "a.bye"), Is.EqualTo("Bye {name}"));
        Assert.That(strings.Format("es", "a.bye", ("name", "Ana")), Is.EqualTo("Bye Ana"));
        Assert.That(strings.Get("fr", "a.hello"), Is.EqualTo("Hello"));
        Assert.That(strings.Get("en", "a.nothing"), Is.EqualTo("[a.nothing]"));
    }

    [TestCase("kiosk.json", "must be named")]
    [TestCase("kiosk.es.json", "No English strings")]
    public void A_badly_named_or_english_less_folder_is_refused_with_a_reason(string file, string expected)
    {
        Write(file, """{ "a.hello": "Hola" }""");

        Assert.That(() => KioskStrings.Load(_folder), Throws.TypeOf<InvalidDataException>().With.Message.Contains(expected));
    }

    [Test]
    public void The_same_key_in_two_areas_is_refused_rather_than_one_silently_winning()
    {
        Write("kiosk.en.json", """{ "a.hello": "Hello" }""");
        Write("other.en.json", """{ "a.hello": "Hi" }""");

        Assert.That(() => KioskStrings.Load(_folder), Throws.TypeOf<InvalidDataException>().With.Message.Contains("a.hello"));
    }

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(_folder, name), json);
}
