using System.Text.Json;
using Kiosk.Hub.Realtime;
using StackExchange.Redis;

namespace Kiosk.Hub.Nodes;

/// <summary>
/// Room news between hub nodes on one Redis channel (pub/sub, in publish order). Only what pages show travels:
/// the board, callbacks, a call and running-late notices; each ticket's own view reaches its phone through the
/// SignalR backplane and is left out here. A node ignores its own news, which its pages have heard already.
/// </summary>
public sealed class RedisNodeNews(RedisConnection redis, ILogger<RedisNodeNews> log) : INodeNews
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("room-news");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>This node, among the others on the channel; new each start.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    public async Task ShareAsync(RoomNews news)
    {
        var forPages = news with { Tickets = [], Question = null };
        if (forPages is { Board: null, Callbacks: null, Called: null, Late: null })
        {
            return;
        }

        try
        {
            var connection = await redis.GetAsync();
            await connection.GetSubscriber().PublishAsync(Channel, JsonSerializer.SerializeToUtf8Bytes(new NodeNews(Node, forPages), Json));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The change stands; pages on other nodes show it with the next news (every board is whole) or when they open.
            log.LogWarning(e, "Could not pass room news {Sequence} to the other hub nodes over Redis.", news.Sequence);
        }
    }

    /// <summary>News from another node, or null for this node's own (or a message it cannot read, which is logged).</summary>
    public RoomNews? FromAnotherNode(RedisValue message)
    {
        try
        {
            var news = JsonSerializer.Deserialize<NodeNews>((byte[])message!, Json);
            return news is null || news.Node == Node ? null : news.News;
        }
        catch (JsonException e)
        {
            log.LogWarning(e, "Room news on Redis that this hub cannot read (a node of another version?); ignored.");
            return null;
        }
    }

    private sealed record NodeNews(string Node, RoomNews News);
}

/// <summary>
/// Listens on <see cref="RedisNodeNews.Channel"/> while the hub runs and hands other nodes' news to this node's pages,
/// one after another. Redis away at start does not stop the node: it tries again every <see cref="Retry"/> until it
/// is subscribed, and from then on the Redis client keeps the subscription across reconnects by itself.
/// </summary>
public sealed class NewsFromOtherNodes(RedisConnection redis, RedisNodeNews nodeNews, IRoomNotifier notifier, TimeProvider time, ILogger<NewsFromOtherNodes> log)
    : BackgroundService
{
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    private ChannelMessageQueue? _queue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; _queue is null && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var connection = await redis.GetAsync();
                _queue = await connection.GetSubscriber().SubscribeAsync(RedisNodeNews.Channel);
                _queue.OnMessage(message => nodeNews.FromAnotherNode(message.Message) is { } news ? notifier.TellPages(news) : Task.CompletedTask);
                if (attempt > 1)
                {
                    log.LogInformation("Listening for the other hub nodes' room news on Redis again.");
                }
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                if (attempt == 1)
                {
                    log.LogWarning(e, "Redis (Hub:Redis) does not answer; this node's pages will not hear of other nodes' changes until it does. Trying every {Retry}.", Retry);
                }

                await Task.Delay(Retry, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_queue is not null)
        {
            await _queue.UnsubscribeAsync();
        }
    }
}
