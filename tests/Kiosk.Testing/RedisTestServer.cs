namespace Kiosk.Testing;

/// <summary>
/// The Redis server that ./kiosk test starts for the run (<see cref="Variable"/> names it). Each case takes a
/// channel prefix of its own, so the hub nodes of one case never hear another case's pushes.
/// </summary>
public static class RedisTestServer
{
    /// <summary>The connection string of the run's server (host:port,password=…), set by ./kiosk test.</summary>
    public const string Variable = "KIOSK_TEST_REDIS";

    /// <summary>Hub:Redis for the nodes of one case. Fails (never skips) when the run has no server: these cases are part of every run.</summary>
    public static string ForOneCase() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? $"{server},channelPrefix=case-{Guid.NewGuid():N}"
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the multi-node cases have no Redis server. Run the tests through ./kiosk test, which starts one, "
                + $"or start redis-server yourself on 127.0.0.1 and set {Variable} to host:port (with ,password=… if it asks for one).");
}
