using Kiosk.Reliability.Tests.Processes;

namespace Kiosk.Reliability.Tests;

/// <summary>
/// The real hub killed with kill -9 in the middle of a burst of 1,000 check-ins from ten real kiosks:
/// every check-in the hub acknowledged is in its database when it comes back, the kiosks deliver the rest
/// from their outboxes, and nobody is checked in twice.
/// </summary>
public sealed class HubKilledMidBurstTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Test]
    public async Task Kill_9_during_a_burst_of_a_thousand_check_ins_loses_no_acknowledged_check_in_and_doubles_none()
    {
        var ids = Enumerable.Range(1, 10).Select(i => $"lobby-{i}").ToArray();
        await using var hub = await HubProcess.PrepareAsync(ids);
        var kiosks = hub.KioskKeys.Select(k => new KioskProcess(k.Key, hub.Url, k.Value, Path.Combine(hub.DataDirectory, "kiosk-" + k.Key))).ToList();
        try
        {
            await hub.StartAsync();
            await Task.WhenAll(kiosks.Select(k => k.StartAsync()));
            await Task.WhenAll(kiosks.Select(k => k.OnlineAsync(Patience)));
            await Task.WhenAll(kiosks.Select(k => k.WalkInsAsync(100)));

            await Task.WhenAll(kiosks.Select(k => k.AcknowledgedAsync(10, Patience)));
            await hub.KillAsync();
            var acknowledged = kiosks.SelectMany(k => k.SentKeys).ToList();
            var atTheKill = (await hub.VisitsAsync()).Select(v => v.Key).ToHashSet();
            Assert.That(acknowledged, Is.Not.Empty, "the hub had answered before it was killed");
            Assert.That(acknowledged, Is.SubsetOf(atTheKill), "every ticket the hub gave out was committed before it answered");

            await hub.StartAsync();
            await Task.WhenAll(kiosks.Select(k => k.BatchDoneAsync(Patience)));
            await Task.WhenAll(kiosks.Select(k => k.EmptyAsync(Patience)));

            var visits = await hub.VisitsAsync();
            TestContext.Out.WriteLine($"{acknowledged.Count} acknowledged before the kill, {atTheKill.Count} visits in the database at the kill, {visits.Count} at the end.");
            Assert.That(visits, Has.Count.EqualTo(1000));
            Assert.That(visits.Select(v => v.Key).Distinct().Count(), Is.EqualTo(1000), "no patient twice");
            Assert.That(kiosks.SelectMany(k => k.Acknowledged.Select(a => a.Key)), Is.EquivalentTo(visits.Select(v => v.Key)));
        }
        finally
        {
            foreach (var kiosk in kiosks)
            {
                await kiosk.DisposeAsync();
            }
        }
    }
}
