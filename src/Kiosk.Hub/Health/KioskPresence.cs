using Kiosk.Contracts.Health;

namespace Kiosk.Hub.Health;

/// <summary>
/// Which kiosks are connected and when each last said "I am here". In memory on purpose: after a
/// hub restart every kiosk reconnects and beats within seconds, and until then it is honestly unseen.
/// </summary>
public sealed class KioskPresence
{
    /// <summary>A kiosk beats every 15 s; three missed beats and it is offline even if its connection looks open.</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromSeconds(45);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Seen> _seen = new(StringComparer.Ordinal);

    public void Heartbeat(string kioskId, string connectionId, KioskHealthReport report, DateTimeOffset at)
    {
        lock (_gate)
        {
            var seen = _seen.TryGetValue(kioskId, out var known) ? known : _seen[kioskId] = new Seen();
            seen.Connections.Add(connectionId);
            seen.LastHeartbeat = at;
            seen.Report = report;
        }
    }

    /// <summary>True when this was a connection the kiosk had beaten on.</summary>
    public bool Disconnected(string kioskId, string connectionId)
    {
        lock (_gate)
        {
            return _seen.TryGetValue(kioskId, out var seen) && seen.Connections.Remove(connectionId);
        }
    }

    public bool IsConnected(string kioskId)
    {
        lock (_gate)
        {
            return _seen.TryGetValue(kioskId, out var seen) && seen.Connections.Count > 0;
        }
    }

    /// <summary>A revoked kiosk is only listed while still connected, and says so: it is being cut off.</summary>
    public KioskHealthRow Row(string kioskId, DateTimeOffset? lastCheckIn, DateTimeOffset now, bool revoked = false)
    {
        lock (_gate)
        {
            if (!_seen.TryGetValue(kioskId, out var seen))
            {
                return new KioskHealthRow(kioskId, KioskStatus.NeverSeen, null, lastCheckIn, null, null, null);
            }

            if (revoked)
            {
                return new KioskHealthRow(kioskId, KioskStatus.Revoked, seen.LastHeartbeat, lastCheckIn, seen.Report.ContentVersion,
                    seen.Report.OutboxDepth, "key revoked but still connected", CopyTakenAt: seen.Report.CopyTakenAt);
            }

            var reason = seen.Connections.Count == 0 ? "connection lost"
                : now - seen.LastHeartbeat > Silence ? $"no heartbeat for over {Silence.TotalSeconds:0} s"
                : null;
            return new KioskHealthRow(kioskId, reason is null ? KioskStatus.Online : KioskStatus.Offline, seen.LastHeartbeat,
                lastCheckIn, seen.Report.ContentVersion, seen.Report.OutboxDepth, reason, CopyTakenAt: seen.Report.CopyTakenAt);
        }
    }

    private sealed class Seen
    {
        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset LastHeartbeat { get; set; }
        public KioskHealthReport Report { get; set; } = new("", null);
    }
}
