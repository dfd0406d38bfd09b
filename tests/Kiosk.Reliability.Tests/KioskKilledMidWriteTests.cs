using Kiosk.Reliability.Tests.Processes;

namespace Kiosk.Reliability.Tests;

/// <summary>
/// The real kiosk killed with kill -9 while it writes patients into its outbox (the hub is down): started
/// again on the same folder, it still has every patient it had told, and delivers each exactly once.
/// </summary>
public sealed class KioskKilledMidWriteTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Test]
    public async Task A_kiosk_killed_mid_write_delivers_every_patient_it_told_once_after_it_restarts()
    {
        await using var hub = await HubProcess.PrepareAsync("lobby-1");
        var (id, key) = hub.KioskKeys.Single();
        await using var kiosk = new KioskProcess(id, hub.Url, key, Path.Combine(hub.DataDirectory, "kiosk-" + id));
        await kiosk.StartAsync();

        await kiosk.WalkInsAsync(500);
        await kiosk.AcknowledgedAsync(40, Patience);
        await kiosk.KillAsync();
        var told = kiosk.Acknowledged.Select(a => a.Key).ToList();

        await kiosk.StartAsync();
        await hub.StartAsync();
        await kiosk.EmptyAsync(Patience);

        var visits = (await hub.VisitsAsync()).Select(v => v.Key).ToList();
        TestContext.Out.WriteLine($"{told.Count} told before the kill, {visits.Count} delivered after the restart.");
        Assert.That(told, Is.SubsetOf(visits), "every patient told before the kill reached the hub");
        Assert.That(visits.Distinct().Count(), Is.EqualTo(visits.Count), "no patient twice");
        Assert.That(visits.Take(told.Count), Is.EqualTo(told), "in the order they were told");
    }
}
