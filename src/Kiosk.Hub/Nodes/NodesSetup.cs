using Kiosk.Hub.Persistence;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace Kiosk.Hub.Nodes;

/// <summary>
/// One hub node (the default): nothing to set, nothing else to run. Several nodes behind one address share one
/// PostgreSQL database (Hub:Database=postgres) and one Redis server named by Hub:Redis: SignalR's Redis backplane
/// carries every push to the clients connected to any node, and <see cref="RedisNodeNews"/> carries each committed
/// change to the pages running inside the other nodes (reception, the TV). The staff cookie's keys are already
/// in the shared database (Data Protection's EF Core store), so a sign-in on one node holds on every node.
/// </summary>
public static class NodesSetup
{
    public const string RedisSetting = "Hub:Redis";

    /// <summary>Every channel the hub uses on Redis starts with this unless Hub:Redis names its own (channelPrefix=…).</summary>
    public const string ChannelPrefix = "kiosk-hub";

    /// <summary>What is wrong with Hub:Redis, in words for whoever set it; null when the hub can start. Never repeats the setting: it may hold a password.</summary>
    public static string? Problem(IConfiguration config)
    {
        if (config[RedisSetting] is not { Length: > 0 } redis)
        {
            return null;
        }

        try
        {
            ConfigurationOptions.Parse(redis);
        }
        catch (ArgumentException)
        {
            return $"{RedisSetting} is not a Redis connection string; it takes host:port and Redis options, for example Hub__Redis=\"10.0.0.5:6379,password=…,ssl=true\".";
        }

        return DatabaseSetup.IsPostgres(config)
            ? null
            : $"{RedisSetting} joins this hub to other hub nodes, and nodes must share one database: set Hub:Database=postgres and ConnectionStrings:Hub too. "
              + $"A single hub on its own SQLite file needs no {RedisSetting}; leave it unset.";
    }

    public static bool IsSeveralNodes(IConfiguration config) => config[RedisSetting] is { Length: > 0 };

    /// <summary>Call after <see cref="Problem"/> found nothing.</summary>
    public static IServiceCollection AddHubNodes(this IServiceCollection services, ISignalRServerBuilder signalR, IConfiguration config)
    {
        if (!IsSeveralNodes(config))
        {
            services.AddSingleton<INodeNews, OneNode>();
            return services;
        }

        var options = ConfigurationOptions.Parse(config[RedisSetting]!);
        // A node starts, and goes on serving its own clients, while Redis is away; readiness says so, and it reconnects by itself.
        options.AbortOnConnectFail = false;
        // While Redis is away a push fails at once rather than holding up the change for seconds: every view is whole,
        // so what a client missed comes with the next news, and the node is not ready meanwhile.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= $"{ChannelPrefix}-{Environment.MachineName}";
        // A channelPrefix in Hub:Redis keeps two services (say, a group's test and live hubs) apart on one Redis server.
        if (options.ChannelPrefix.IsNullOrEmpty)
        {
            options.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);
        }
        services.AddSingleton(_ => new RedisConnection(options));
        signalR.AddStackExchangeRedis();
        // The backplane uses the hub's one connection to Redis rather than opening its own.
        services.AddOptions<RedisOptions>().Configure<RedisConnection>((o, redis) =>
        {
            o.Configuration = options;
            o.ConnectionFactory = _ => redis.GetAsync();
        });
        services.AddSingleton<RedisNodeNews>();
        services.AddSingleton<INodeNews>(s => s.GetRequiredService<RedisNodeNews>());
        services.AddHostedService<NewsFromOtherNodes>();
        services.AddHealthChecks().AddCheck<RedisReachable>(RedisReachable.Name, tags: [Readiness.ReadinessSetup.ReadyTag]);
        return services;
    }
}

/// <summary>The hub's one connection to Redis, made on first use and shared by the backplane, room news and readiness.</summary>
public sealed class RedisConnection(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(async () => await ConnectionMultiplexer.ConnectAsync(options));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
