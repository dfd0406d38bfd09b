using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Clinic;

namespace Kiosk.Hub.Tests.Clinic;

public sealed class CallbackConfigFileTests
{
    private static readonly string ContentDir = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../kiosk-content"));
    private string _dir = "";

    [SetUp]
    public void MakeDir() => _dir = Directory.CreateTempSubdirectory("clinic-file-").FullName;

    [TearDown]
    public void RemoveDir() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void The_demo_clinic_is_open_on_weekdays_and_saturday_morning_in_london()
    {
        var hours = ClinicFile.Load(Path.Combine(ContentDir, "clinic.demo.json")).ToBusinessHours();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hours.Zone.Id, Is.EqualTo("Europe/London"));
            Assert.That(hours.Week.Select(d => d.Day), Does.Not.Contain(DayOfWeek.Sunday).And.Contain(DayOfWeek.Saturday));
            Assert.That(hours.IsOpen(new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.Zero)), Is.True);
        }
    }

    [TestCase("\"phoneRegion\": \"GB\"", "\"phoneRegion\": \"Britain\"", "phoneRegion 'Britain' is not a two-letter region")]
    [TestCase("\"day\": \"monday\"", "\"day\": \"mondy\"", "businessHours day 'mondy' is not a weekday name")]
    [TestCase("\"opens\": \"08:00\", \"closes\": \"18:30\" }", "\"opens\": \"18:30\", \"closes\": \"08:00\" }", "close before they open")]
    [TestCase("\"opens\": \"08:00\", \"closes\": \"18:30\" }", "\"opens\": \"8am\", \"closes\": \"18:30\" }", "need opens and closes as HH:mm")]
    [TestCase("\"day\": \"tuesday\"", "\"day\": \"monday\"", "businessHours lists monday twice")]
    public void A_clinic_file_with_bad_hours_or_region_says_what_is_wrong(string find, string replace, string message)
    {
        var path = Path.Combine(_dir, "clinic.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(ContentDir, "clinic.demo.json")).Replace(find, replace, StringComparison.Ordinal));

        Assert.That(() => ClinicFile.Load(path), Throws.TypeOf<InvalidDataException>().With.Message.Contains(message));
    }

    [Test]
    public void The_shipped_topics_each_have_english_and_spanish_names_and_a_promise()
    {
        var topics = CallbackTopicsFile.Load(Path.Combine(ContentDir, "callback-topics.json"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(topics.Select(t => t.Id), Is.EqualTo(new[] { "billing", "insurance", "test-results", "prescriptions", "referrals", "something-else" }));
            Assert.That(topics.Where(t => t.Name("es") == t.Name("en")).Select(t => t.Id), Is.Empty, "every topic translated");
            Assert.That(topics.First(t => t.Id == "billing").Promise, Is.EqualTo(TimeSpan.FromHours(2)));
        }
    }

    [TestCase("{ \"topics\": [] }", "at least one topic")]
    [TestCase("{ \"topics\": [ { \"id\": \"x\", \"names\": { \"es\": \"X\" }, \"promiseBusinessHours\": 2 } ] }", "topic 'x' needs an English name")]
    [TestCase("{ \"topics\": [ { \"id\": \"x\", \"names\": { \"en\": \"X\" }, \"promiseBusinessHours\": 0 } ] }", "promiseBusinessHours between")]
    [TestCase("{ \"topics\": [ { \"id\": \"x\", \"names\": { \"en\": \"X\" }, \"promiseBusinessHours\": 1 }, { \"id\": \"x\", \"names\": { \"en\": \"Y\" }, \"promiseBusinessHours\": 1 } ] }", "topic 'x' is listed twice")]
    [TestCase("{ \"topics\": [ { \"id\": \"x\", \"nmes\": { \"en\": \"X\" } } ] }", "is not valid")]
    public void A_topics_file_with_mistakes_says_what_is_wrong(string json, string message)
    {
        var path = Path.Combine(_dir, "topics.json");
        File.WriteAllText(path, json);

        Assert.That(() => CallbackTopicsFile.Load(path), Throws.TypeOf<InvalidDataException>().With.Message.Contains(message));
    }
}
