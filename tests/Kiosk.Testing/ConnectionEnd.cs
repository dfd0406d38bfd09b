using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Testing;

public static class ConnectionEnd
{
    /// <summary>Completes when the hub closes this connection; take it before the action that should close it.</summary>
    public static Task WhenClosed(this HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
