using Kiosk.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Testing;

/// <summary>Calls to hub methods that answer with a <see cref="HubResult{T}"/>: the value when done, or the refusal a test expects.</summary>
public static class HubCalls
{
    /// <summary>The method's value; a refusal throws <see cref="RefusedCallException"/>, naming its code, so the test fails saying why.</summary>
    public static async Task<T> ValueAsync<T>(this HubConnection client, string method, object? argument)
    {
        var result = await client.InvokeAsync<HubResult<T>>(method, argument);
        return result.Refusal is { } refusal ? throw new RefusedCallException(method, refusal) : result.Value!;
    }

    /// <summary>For a method with nothing to return: done, or <see cref="RefusedCallException"/>.</summary>
    public static async Task DoneAsync(this HubConnection client, string method, object? argument)
    {
        var result = await client.InvokeAsync<HubResult>(method, argument);
        if (result.Refusal is { } refusal) throw new RefusedCallException(method, refusal);
    }

    /// <summary>The refusal a call came back with; fails the test when the call was done instead.</summary>
    public static async Task<Refusal> RefusalAsync<T>(this HubConnection client, string method, object? argument)
    {
        var result = await client.InvokeAsync<HubResult<T>>(method, argument);
        return result.Refusal ?? throw new AssertionException($"{method} should have been refused, but returned {result.Value}.");
    }

    /// <summary>The refusal of a method with nothing to return; fails the test when the call was done.</summary>
    public static async Task<Refusal> RefusalAsync(this HubConnection client, string method, object? argument)
    {
        var result = await client.InvokeAsync<HubResult>(method, argument);
        return result.Refusal ?? throw new AssertionException($"{method} should have been refused.");
    }
}

/// <summary>A call a test expected to be done was refused.</summary>
public sealed class RefusedCallException(string method, Refusal refusal) : Exception($"{method} refused ({refusal.Code}): {refusal.Message}")
{
    public Refusal Refusal { get; } = refusal;
}
