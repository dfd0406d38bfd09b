using Kiosk.Contracts;
using Kiosk.Reliability.Tests.Processes;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Reliability.Tests;

/// <summary>
/// A clinic group's hub on two nodes, a real PostgreSQL database and a real Redis server on loopback. Node A is
/// its own process and is killed with kill -9; node B runs on. Everything node A acknowledged is on node B, the
/// patient's phone and the kiosk carry on there (as a load balancer sends them once A stops answering), and the
/// room's tickets go on from where A left them.
/// </summary>
public sealed class NodeKilledTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Node_A_killed_its_clinic_goes_on_on_node_B_and_nothing_it_acknowledged_is_lost()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync();
        var redis = RedisTestServer.ForOneCase();
        // Node B first: it migrates the shared database and has the admin's kiosk and reception account made in it.
        var b = new HubServer(settings: new Dictionary<string, string> { ["Hub:Redis"] = redis }, postgres: postgres);
        try
        {
            await using var a = await HubNodeProcess.StartAsync("A", postgres, redis);
            await using var kiosk = await ConnectAsync(a.Url, b.KioskKey);
            await using var phone = await ConnectAsync(a.Url, accessKey: null);
            await using var reception = await b.ReceptionAsync();
            var boards = new Inbox<ReceptionBoard>(reception, nameof(IWaitingRoomClient.BoardChanged));
            await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

            var acknowledged = new List<TicketView>();
            foreach (var patient in new[] { DemoPatients.Rahman, DemoPatients.Adeyemi, DemoPatients.OBrien })
            {
                acknowledged.Add(await kiosk.CheckInAsync(patient));
            }

            var watched = await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), acknowledged[0].Token);
            var phoneLost = new TaskCompletionSource();
            phone.Closed += _ =>
            {
                phoneLost.TrySetResult();
                return Task.CompletedTask;
            };
            // Reception on node B was pushed node A's check-ins as they happened.
            await boards.NextAsync(board => acknowledged.All(t => board.Rows.Any(r => r.Code == t.Code)));

            await a.KillAsync();
            await phoneLost.Task.WaitAsync(Patience);

            // The phone page and the kiosk reconnect, now to node B.
            await using var phoneAgain = await b.AnonymousAsync();
            var afterwards = await phoneAgain.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), acknowledged[0].Token);
            await using var kioskAgain = await b.KioskAsync();
            var next = await kioskAgain.CheckInAsync(DemoPatients.Chen);
            var board = await boards.NextAsync(board => board.Rows.Any(r => r.Code == next.Code));

            Assert.Multiple(() =>
            {
                Assert.That(afterwards.Code, Is.EqualTo(watched.Code), "the phone finds its ticket on node B");
                Assert.That(afterwards.Status, Is.EqualTo(VisitStatus.Waiting));
                Assert.That(afterwards.PlaceInLine, Is.EqualTo(watched.PlaceInLine));
                Assert.That(board.Rows.Select(r => r.Code), Is.SupersetOf(acknowledged.Select(t => t.Code)), "every check-in node A acknowledged is on the board");
                Assert.That(acknowledged.Select(t => t.Code), Does.Not.Contain(next.Code), "node B's next ticket follows node A's; none is given twice");
                Assert.That(b.CountRows("Visits"), Is.EqualTo(4));
            });
        }
        finally
        {
            b.Dispose();
            b.DeleteData();
        }
    }

    private static async Task<HubConnection> ConnectAsync(Uri node, string? accessKey)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node, HubRoutes.WaitingRoom), o =>
            {
                if (accessKey is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(accessKey);
                }
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
