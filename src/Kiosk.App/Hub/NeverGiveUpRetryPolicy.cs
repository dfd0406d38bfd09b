using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.App.Hub;

/// <summary>
/// SignalR's default reconnect gives up after four tries; a kiosk in a lobby must not. Back off
/// 0, 1, 2, 4 … seconds, capped, for ever.
/// </summary>
public sealed class NeverGiveUpRetryPolicy(TimeSpan? cap = null) : IRetryPolicy
{
    private readonly TimeSpan _cap = cap ?? TimeSpan.FromSeconds(15);

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(retryContext.PreviousRetryCount);

    public TimeSpan Delay(long previousAttempts)
    {
        if (previousAttempts == 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(previousAttempts - 1, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, _cap.TotalSeconds));
    }
}
