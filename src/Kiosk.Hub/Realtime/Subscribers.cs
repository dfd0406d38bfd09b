using System.Collections.Immutable;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// Pages inside the hub listening for news. Each holds a subscription and disposes it when it
/// closes; a page handles its own failures (Blazor's DispatchExceptionAsync), so nothing here catches.
/// </summary>
public sealed class Subscribers<T>
{
    private readonly Lock _changing = new();
    private ImmutableList<Subscription> _all = [];

    public IDisposable Add(Func<T, Task> handler)
    {
        var subscription = new Subscription(this, handler);
        lock (_changing)
        {
            _all = _all.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Every page at once; one that is slow or fails does not keep the others from hearing.</summary>
    public Task NotifyAsync(T value) => Task.WhenAll(_all.Select(s => s.NotifyAsync(value)));

    private void Remove(Subscription subscription)
    {
        lock (_changing)
        {
            _all = _all.Remove(subscription);
        }
    }

    private sealed class Subscription(Subscribers<T> owner, Func<T, Task> handler) : IDisposable
    {
        private volatile bool _disposed;

        // A page that closed while news was on its way is not called any more.
        public Task NotifyAsync(T value) => _disposed ? Task.CompletedTask : handler(value);

        public void Dispose()
        {
            _disposed = true;
            owner.Remove(this);
        }
    }
}
