using Kiosk.Reliability.Tests.Processes;

namespace Kiosk.Reliability.Tests;

/// <summary>
/// Three real kiosks keep checking walk-ins in while the real hub is down, and while it is killed with
/// kill -9 and started again five times: every patient a kiosk acknowledged becomes exactly one visit,
/// in the order that kiosk took them.
/// </summary>
public sealed class OutboxAcrossRestartsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Test]
    public async Task Two_hundred_check_ins_from_three_kiosks_across_an_outage_and_five_restarts_make_exactly_two_hundred_visits_in_order()
    {
        await using var hub = await HubProcess.PrepareAsync("lobby-1", "lobby-2", "lobby-3");
        var kiosks = hub.KioskKeys.Select(k => new KioskProcess(k.Key, hub.Url, k.Value, Path.Combine(hub.DataDirectory, "kiosk-" + k.Key))).ToList();
        try
        {
            await Task.WhenAll(kiosks.Select(k => k.StartAsync()));

            // The hub is down: every patient is told they are checked in, and kept in the outbox.
            await BatchAsync(kiosks, _ => 20);
            Assert.That(kiosks.SelectMany(k => k.Acknowledged), Has.All.Matches<(Guid, bool Told)>(a => a.Told));

            for (var restart = 1; restart <= 5; restart++)
            {
                await hub.StartAsync();
                await Task.WhenAll(kiosks.Select(k => k.WalkInsAsync(Last(k, restart))));
                // Killed in the middle of the burst, once the hub has answered every kiosk at least once.
                await Task.WhenAll(kiosks.Select(k => k.HeardFromHubAsync(Patience)));
                await hub.KillAsync();
                await Task.WhenAll(kiosks.Select(k => k.BatchDoneAsync(Patience)));
            }

            await hub.StartAsync();
            await Task.WhenAll(kiosks.Select(k => k.EmptyAsync(Patience)));

            var visits = await hub.VisitsAsync();
            TestContext.Out.WriteLine($"{visits.Count} visits after {hub.Starts} hub starts; told offline: {kiosks.Sum(k => k.Acknowledged.Count(a => a.Told))}, ticket at once: {kiosks.Sum(k => k.SentKeys.Count())}.");
            Assert.That(visits, Has.Count.EqualTo(200));
            Assert.That(visits.Select(v => v.Key).Distinct().Count(), Is.EqualTo(200), "no patient twice");
            foreach (var kiosk in kiosks)
            {
                var mine = visits.Where(v => v.Kiosk == kiosk.Id).ToList();
                Assert.That(mine.Select(v => v.Key), Is.EqualTo(kiosk.Acknowledged.Select(a => a.Key)), $"kiosk {kiosk.Id}'s patients in the order it took them");
                Assert.That(mine.Select(v => v.Arrived), Is.Ordered, $"kiosk {kiosk.Id}'s arrival times");
            }
        }
        finally
        {
            foreach (var kiosk in kiosks)
            {
                await kiosk.DisposeAsync();
            }
        }
    }

    /// <summary>67, 67 and 66 patients: 20 while the hub is down, then 10 per restart, the last kiosk one fewer at the end.</summary>
    private static int Last(KioskProcess kiosk, int restart) => restart < 5 ? 10 : kiosk.Id == "lobby-3" ? 6 : 7;

    private static async Task BatchAsync(IReadOnlyList<KioskProcess> kiosks, Func<KioskProcess, int> count)
    {
        await Task.WhenAll(kiosks.Select(k => k.WalkInsAsync(count(k))));
        await Task.WhenAll(kiosks.Select(k => k.BatchDoneAsync(Patience)));
    }
}
