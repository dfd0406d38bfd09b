namespace Kiosk.App.Health;

/// <summary>What the kiosk knows of its screen: a stale one is a browser that crashed, hung or was closed.</summary>
public abstract record ScreenState
{
    private ScreenState()
    {
    }

    public sealed record Alive(TimeSpan SeenAgo) : ScreenState;

    public sealed record Stale(string Reason) : ScreenState;
}

/// <summary>
/// When a kiosk page last said it is alive (its script posts /screen/alive every few seconds). The box's
/// watchdog asks /healthz/screen and restarts the browser when the page has gone quiet.
/// </summary>
public sealed class ScreenHeartbeat(TimeProvider time)
{
    private const long Never = long.MinValue;
    private long _lastHeard = Never;

    public void Heard() => Interlocked.Exchange(ref _lastHeard, time.GetTimestamp());

    public ScreenState Check(TimeSpan staleAfter)
    {
        var at = Interlocked.Read(ref _lastHeard);
        if (at == Never)
        {
            return new ScreenState.Stale("no kiosk page since the kiosk started");
        }

        var ago = time.GetElapsedTime(at);
        return ago <= staleAfter
            ? new ScreenState.Alive(ago)
            : new ScreenState.Stale($"no kiosk page has said it is alive for {(int)ago.TotalSeconds} s");
    }
}
