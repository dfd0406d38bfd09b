using System.Net;
using Kiosk.Contracts;
using Kiosk.Hub.Realtime;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Nodes;

/// <summary>
/// Two hub nodes as a clinic group runs them: one PostgreSQL database and one Redis server, both real, on loopback.
/// Whichever node a change is made on, the people connected to the other hear of it (SignalR's Redis backplane),
/// the pages inside the other node too, and a receptionist signed in on one node is signed in on both.
/// Always on PostgreSQL, so the second pass of ./kiosk test (every hub on PostgreSQL) leaves it out.
/// </summary>
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class TwoNodesTests
{
    private PostgresTestDatabase _postgres = null!;
    private HubServer _a = null!;
    private HubServer _b = null!;

    [SetUp]
    public async Task StartTwoNodes()
    {
        _postgres = await PostgresTestDatabase.CreateAsync();
        var redis = new Dictionary<string, string> { ["Hub:Redis"] = RedisTestServer.ForOneCase() };
        _a = new HubServer(settings: redis, postgres: _postgres);
        _b = new HubServer(_a.DataDirectory, _a.KioskKey, _a.StaffPasscode, settings: redis, postgres: _postgres);
    }

    [TearDown]
    public async Task StopNodes()
    {
        _b.Dispose();
        _a.Dispose();
        _a.DeleteData();
        await _postgres.DisposeAsync();
    }

    [Test]
    public async Task A_check_in_at_a_kiosk_on_node_A_is_pushed_to_reception_on_node_B()
    {
        await using var kiosk = await _a.KioskAsync();
        await using var reception = await _b.ReceptionAsync();
        var boards = new Inbox<ReceptionBoard>(reception, nameof(IWaitingRoomClient.BoardChanged));
        await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);

        var board = await boards.NextAsync(b => b.Rows.Any(r => r.Code == ticket.Code));
        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).Status, Is.EqualTo(VisitStatus.Waiting));
    }

    [Test]
    public async Task A_call_made_at_the_desk_on_node_B_is_pushed_to_the_patients_phone_on_node_A_and_the_tv_page_on_A()
    {
        await using var kiosk = await _a.KioskAsync();
        await using var phone = await _a.AnonymousAsync();
        await using var reception = await _b.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
        var updates = new Inbox<TicketView>(phone, nameof(IWaitingRoomClient.TicketUpdated));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        // The TV and reception pages run inside a node (Blazor) and listen to its notifier, not to SignalR groups.
        var pagesOnA = new PageNews();
        using var listening = _a.Services.GetRequiredService<IRoomNotifier>().Subscribe(pagesOnA.HearAsync);
        var board = await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        var id = board.Rows.Single(r => r.Code == ticket.Code).VisitId;
        await reception.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));

        var called = await updates.NextAsync(t => t.Status == VisitStatus.Called);
        var tv = await pagesOnA.NextAsync(n => n.Called is not null);
        Assert.Multiple(() =>
        {
            Assert.That(called.Code, Is.EqualTo(ticket.Code));
            Assert.That(tv.Called!.Code, Is.EqualTo(ticket.Code), "node A's TV page heard of node B's call");
            Assert.That(tv.Called.Room, Is.EqualTo("Room 2"));
            Assert.That(tv.Board?.Rows.Single(r => r.Code == ticket.Code).Status, Is.EqualTo(VisitStatus.Called), "node A's reception page got the board");
            Assert.That(tv.Tickets, Is.Empty, "a ticket's own view goes to its phone, not between nodes to pages that do not show it");
        });
    }

    [Test]
    public async Task A_node_does_not_hand_its_pages_its_own_news_twice()
    {
        await using var kiosk = await _a.KioskAsync();
        var pagesOnA = new PageNews();
        var pagesOnB = new PageNews();
        using var onA = _a.Services.GetRequiredService<IRoomNotifier>().Subscribe(pagesOnA.HearAsync);
        using var onB = _b.Services.GetRequiredService<IRoomNotifier>().Subscribe(pagesOnB.HearAsync);

        var first = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var second = await kiosk.CheckInAsync(DemoPatients.Chen);

        // Node B hears both, in order; by then node A has handed over both of its own, once each.
        await pagesOnB.NextAsync(n => n.Board?.Rows.Any(r => r.Code == first.Code) == true);
        var last = await pagesOnB.NextAsync(n => n.Board?.Rows.Any(r => r.Code == second.Code) == true);
        Assert.That(pagesOnA.All.Select(n => n.Sequence), Is.EqualTo(pagesOnB.All.Select(n => n.Sequence)));
        Assert.That(pagesOnA.All.Select(n => n.Sequence), Is.Unique.And.Ordered);
        Assert.That(last.Board!.Rows.Select(r => r.Code), Is.SupersetOf(new[] { first.Code, second.Code }));
    }

    [Test]
    public async Task A_receptionist_signed_in_on_node_A_is_signed_in_on_node_B()
    {
        var (status, _, cookies) = await _a.SignInAsync(HubServer.StaffUser, _a.StaffPasscode);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), "signed in on node A");

        // The same cookie on node B: both nodes read the keys that protect it from the shared database.
        await using var desk = await _b.ConnectAsync(null, cookies);
        var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _b.BaseAddress };
        using var page = await http.GetAsync(new Uri("/reception", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(board.Rows, Is.Not.Null);
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node B shows the reception page, not the sign-in form");
        });
    }

    [Test]
    public async Task Both_nodes_say_they_are_ready_only_with_Redis_answering()
    {
        using var http = new HttpClient { BaseAddress = _b.BaseAddress };
        using var ready = await http.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(body, Does.Contain("\"name\":\"redis\",\"status\":\"Healthy\""));
    }

    /// <summary>What a page inside a node hears, in order, with a wait for a matching one (never a sleep).</summary>
    private sealed class PageNews
    {
        private readonly System.Threading.Channels.Channel<RoomNews> _channel = System.Threading.Channels.Channel.CreateUnbounded<RoomNews>();
        private readonly List<RoomNews> _all = [];

        public IReadOnlyList<RoomNews> All
        {
            get
            {
                lock (_all)
                {
                    return [.. _all];
                }
            }
        }

        public Task HearAsync(RoomNews news)
        {
            lock (_all)
            {
                _all.Add(news);
            }

            _channel.Writer.TryWrite(news);
            return Task.CompletedTask;
        }

        public async Task<RoomNews> NextAsync(Func<RoomNews, bool> matching)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                while (true)
                {
                    var news = await _channel.Reader.ReadAsync(timeout.Token);
                    if (matching(news))
                    {
                        return news;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                throw new AssertionException($"No matching room news reached the page within 10 s; heard {All.Count}.");
            }
        }
    }
}
