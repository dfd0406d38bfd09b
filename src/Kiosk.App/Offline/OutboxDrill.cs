using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;
using Kiosk.App.Hub;
using Kiosk.Contracts;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Offline;

/// <summary>
/// <c>Kiosk.App drill</c>: this kiosk exactly as it runs in the lobby (the same host, hub connection, outbox
/// and drain) with walk-ins typed on standard input instead of tapped, one after another as patients come.
/// Each line out says what the screen would have told the patient ("told KEY": checked in while the hub
/// was out of reach; "sent KEY CODE": the hub's ticket at once), what the outbox delivered later and how the
/// link to the hub stands ("link Online"). The
/// reliability tests drive it, killing kiosks and hubs mid-write; an installer can use it to see a new
/// kiosk's outbox reach its hub. It checks people in: never on a clinic's live hub.
/// </summary>
public sealed class OutboxDrill(OfflineParts parts, IWaitingRoomGateway hub, IOptions<KioskOptions> options, IHostApplicationLifetime life) : BackgroundService
{
    public const string Command = "drill";

    private static readonly string[] FirstNames = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun"];
    private static readonly Lock Out = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (parts.Kiosk?.Outbox is not { } outbox)
        {
            Say("no outbox: this kiosk has no device key (Kiosk:DeviceKey)");
            life.StopApplication();
            return;
        }

        outbox.DepthChanged += depth => Say($"depth {depth}");
        outbox.Delivered += d => Say($"delivered {d.Entry.Key} {d.Ticket?.Value?.Code ?? d.Ticket?.Refusal?.Code ?? "question"}");
        hub.LinkChanged += link => Say($"link {link}");
        Say($"ready {options.Value.Id}");
        Say($"link {hub.Link}");
        var taken = 0;
        while (await Console.In.ReadLineAsync(stoppingToken) is { } line)
        {
            switch (line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                case ["walk-ins", var n] when int.TryParse(n, out var count) && count > 0:
                    for (var i = 0; i < count; i++, taken++)
                    {
                        var key = Guid.NewGuid();
                        var request = new WalkInRequest(key, FirstNames[taken % FirstNames.Length], "Drill", new DateOnly(1970, 1, 1), WalkInReasons.Unwell);
                        Say(await outbox.WalkInAsync(request, stoppingToken) switch
                        {
                            OutboxAnswer<TicketView>.Queued => $"told {key}",
                            OutboxAnswer<TicketView>.Sent { Result.Value: { } ticket } => $"sent {key} {ticket.Code}",
                            OutboxAnswer<TicketView>.Sent sent => $"refused {key} {sent.Result.Refusal?.Code}",
                            _ => $"refused {key} unknown",
                        });
                    }

                    Say("batch-done");
                    break;
                case ["depth?"]:
                    Say($"depth {outbox.Depth}");
                    break;
                default:
                    Say($"unknown command: {line} (walk-ins N | depth?)");
                    break;
            }
        }
    }

    private static void Say(string line)
    {
        lock (Out)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }
}
