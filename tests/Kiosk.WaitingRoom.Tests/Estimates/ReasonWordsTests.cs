using System.Text.Json;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.WaitingRoom.Tests.Estimates;

/// <summary>
/// A reason goes out as sentences (key + values) that the kiosk and phone word in the patient's
/// language, and as English for reception. Both must say the same thing.
/// </summary>
public sealed class ReasonWordsTests
{
    private static readonly DateTimeOffset Now = TestClinic.At(9, 0);

    [Test]
    public void The_shipped_english_words_say_exactly_what_the_hub_says_and_spanish_has_every_sentence()
    {
        var english = Words("en");
        var spanish = Words("es");
        var values = new Dictionary<string, string> { ["provider"] = "Dr Lee", ["minutes"] = "20", ["why"] = "an urgent case", ["count"] = "3" };

        using (Assert.EnterMultipleScope())
        {
            foreach (var key in QueueForecastEstimator.ReasonKeys)
            {
                var worded = values.Aggregate(english[$"reason.{key}"], (text, v) => text.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
                Assert.That(worded, Is.EqualTo(QueueForecastEstimator.English(new ReasonPart(key, values))), key);
                Assert.That(spanish, Does.ContainKey($"reason.{key}"));
            }
        }
    }

    [Test]
    public void A_late_provider_with_patients_still_to_come_is_explained_sentence_by_sentence()
    {
        var mine = TestClinic.Appointment("Okafor", hour: 9, minute: 30);
        var earlier = TestClinic.Appointment("Early", hour: 9, minute: 15);
        var room = TestClinic.Open(earlier, mine);
        var visit = room.CheckInAsBooked(mine, TestClinic.At(8, 55));
        room.SetProviderDelay(TestClinic.Adams, 20, "an urgent case", TestClinic.ByNurse, Now);

        var estimate = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Empty)).Estimate(room, Now)[visit.Id];

        Assert.That(estimate.Parts.Select(p => p.Key), Is.EqualTo(new[] { "late-why", "one-coming", "cold" }));
        Assert.That(estimate.Parts[0].Values, Is.EquivalentTo(new Dictionary<string, string> { ["provider"] = "Dr Adams", ["minutes"] = "20", ["why"] = "an urgent case" }));
        Assert.That(estimate.Reason, Is.EqualTo(string.Join(" ", estimate.Parts.Select(QueueForecastEstimator.English))));
    }

    [TestCase(LateReason.Emergency, "late-emergency")]
    [TestCase(LateReason.ComplexAppointment, "late-complex-visit")]
    [TestCase(LateReason.StartedLate, "late-started-late")]
    [TestCase(LateReason.StaffShortage, "late-staff-short")]
    public void A_fixed_late_reason_is_a_sentence_of_its_own_that_every_language_words(LateReason kind, string key)
    {
        var mine = TestClinic.Appointment("Okafor", hour: 9, minute: 30);
        var room = TestClinic.Open(mine);
        var visit = room.CheckInAsBooked(mine, TestClinic.At(8, 55));
        room.SetProviderDelay(TestClinic.Adams, 20, "", TestClinic.ByNurse, Now, kind);

        var estimate = new QueueForecastEstimator(new FixedHistory(ClinicHistory.Empty)).Estimate(room, Now)[visit.Id];

        Assert.That(estimate.Parts[0].Key, Is.EqualTo(key));
        Assert.That(estimate.Parts[0].Values.Keys, Is.EquivalentTo(new[] { "provider", "minutes" }), "no typed words travel with a fixed reason");
        Assert.That(Words("es")[$"reason.{key}"], Does.Not.Contain("{why}"));
    }

    [Test]
    public void Typed_words_reach_a_spanish_reader_marked_as_english_and_a_fixed_reason_takes_no_words()
    {
        var room = TestClinic.Open(TestClinic.Appointment("Okafor", hour: 9, minute: 30));

        Assert.That(Words("es")["reason.late-why"], Does.Contain("en inglés: {why}"));
        Assert.Throws<ArgumentException>(() => room.SetProviderDelay(TestClinic.Adams, 20, "flu clinic", TestClinic.ByNurse, Now, LateReason.Emergency));
    }

    private static Dictionary<string, string> Words(string language)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Kiosk.sln"))) directory = directory.Parent;
        var path = Path.Combine(directory.FullName, "kiosk-content", "strings", $"reason.{language}.json");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
    }
}
