using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

public sealed class ShownWaitTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    [TestCase(37, 102, ShownWaitKind.Between, 35, 105)]
    [TestCase(15, 30, ShownWaitKind.Between, 15, 30)]
    [TestCase(4, 21, ShownWaitKind.UpTo, 0, 25)]
    [TestCase(0, 6, ShownWaitKind.UpTo, 0, 10)]
    [TestCase(0, 5, ShownWaitKind.FewMinutes, 0, 5)]
    [TestCase(0, 0, ShownWaitKind.FewMinutes, 0, 5)]
    public void A_shown_range_is_widened_outward_to_whole_five_minutes(int low, int high, ShownWaitKind kind, int shownLow, int shownHigh)
    {
        Assert.That(ShownWait.Of(low, high), Is.EqualTo(new ShownWait(kind, shownLow, shownHigh)));
    }

    [Test]
    public void What_the_patient_is_told_always_covers_what_the_estimator_said()
    {
        for (var low = 0; low <= 120; low++)
        {
            for (var high = low; high <= 121; high += 7)
            {
                var shown = ShownWait.Of(low, high);
                Assert.That(shown.LowMinutes <= low && shown.HighMinutes >= high, $"{low}–{high} shown as {shown}");
                Assert.That(shown.LowMinutes % ShownWait.Step == 0 && shown.HighMinutes % ShownWait.Step == 0, $"{low}–{high} shown as {shown}");
            }
        }
    }

    [Test]
    public void The_phone_page_receives_the_shown_range_with_the_ticket()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new WaitRange(37, 60, 102, ""), Web);

        Assert.That(json, Does.Contain("\"shown\":{\"kind\":\"Between\",\"lowMinutes\":35,\"highMinutes\":105}"));
    }
}
