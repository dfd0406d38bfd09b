using System.Collections.Concurrent;
using Kiosk.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.Bench.Hub;

/// <summary>
/// The baseline: a bare ASP.NET Core SignalR hub that does nothing but what the product's fan-out must do at the least.
/// A phone joins its ticket's group (WatchTicket); before a run, the load generator hands it each change's plan (which
/// tickets hear of it, and a view the size the product sent); then Fire(change) sends that view to each of those ticket
/// groups at once, as the product's notifier does. No database, no forecast, no views: only the sends.
/// With --redis, on SignalR's Redis backplane, for the two-node row.
/// </summary>
public static class BareHub
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var signalR = builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = null);
        if (args is ["--redis", var redis])
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("bare-hub"));
        }

        builder.Services.AddSingleton<Plans>();
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok("ready"));
        app.MapHub<FanOutHub>(HubRoutes.WaitingRoom);
        await app.RunAsync();
        return 0;
    }

    /// <summary>Each change's plan, handed over before the timed run.</summary>
    public sealed class Plans
    {
        public ConcurrentDictionary<int, (string[] Tokens, TicketView View)> ByChange { get; } = new();
    }

    public sealed class FanOutHub(Plans plans) : Microsoft.AspNetCore.SignalR.Hub
    {
        public async Task<HubResult<TicketView>> WatchTicket(string token)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, "ticket:" + token);
            return new HubResult<TicketView>(null, null);
        }

        public void Plan(int change, string[] tokens, TicketView view) => plans.ByChange[change] = (tokens, view);

        /// <summary>Sends change <paramref name="change"/>'s view to each of its tickets, all at once; ends when all are out.</summary>
        public Task Fire(int change)
        {
            var (tokens, view) = plans.ByChange[change];
            return Task.WhenAll(tokens.Select(t => Clients.Group("ticket:" + t).SendAsync(nameof(IWaitingRoomClient.TicketUpdated), view)));
        }
    }
}
