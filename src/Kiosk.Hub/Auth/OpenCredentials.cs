
namespace Kiosk.Hub.Auth;

/// <summary>
/// Every open hub connection and staff page in this process, by the credential it was let in on,
/// with how to end it. Authentication happens once, at connect; this is how a revocation reaches
/// those already in.
/// </summary>
public sealed class OpenCredentials
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, (Credential Credential, Action End)> _open = [];
    private long _next;

    /// <summary>Holds <paramref name="end"/> until the returned handle is disposed (the connection or page closed).</summary>
    public IDisposable Track(Credential credential, Action end)
    {
        lock (_gate)
        {
            var id = ++_next;
            _open[id] = (credential, end);
            return new Handle(this, id);
        }
    }

    public IReadOnlyCollection<Credential> Held()
    {
        lock (_gate)
        {
            return _open.Values.Select(o => o.Credential).ToHashSet();
        }
    }

    public bool IsHeld(Credential credential)
    {
        lock (_gate)
        {
            return _open.Values.Any(o => o.Credential == credential);
        }
    }

    /// <summary>Ends everything open on one of <paramref name="revoked"/>; returns how many.</summary>
    public int End(IReadOnlySet<Credential> revoked)
    {
        List<Action> ends;
        lock (_gate)
        {
            ends = [.. _open.Values.Where(o => revoked.Contains(o.Credential)).Select(o => o.End)];
        }

        // Outside the lock: ending a connection runs its disconnect handlers, which untrack it.
        foreach (var end in ends)
        {
            end();
        }

        return ends.Count;
    }

    private void Untrack(long id)
    {
        lock (_gate)
        {
            _open.Remove(id);
        }
    }

    private sealed class Handle(OpenCredentials owner, long id) : IDisposable
    {
        public void Dispose() => owner.Untrack(id);
    }
}
