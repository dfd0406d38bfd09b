using System.Net;
using Kiosk.Hub.Nodes;
using Kiosk.Testing;
using Microsoft.Extensions.Configuration;

namespace Kiosk.Hub.Tests.Nodes;

/// <summary>
/// Hub:Redis turns one hub into a node of several. Unset, nothing changes; set wrongly, the hub stops at start
/// saying what to set (and never repeats the setting, which may hold a password); Redis away, the node starts and
/// says it is not ready (SignalR's backplane takes no new connection without Redis, by design).
/// </summary>
public sealed class NodesSettingTests
{
    [Test]
    public void Without_Hub_Redis_a_hub_is_one_node_and_needs_nothing_else()
    {
        var config = Config(new() { ["Hub:Database"] = null });

        Assert.That(NodesSetup.Problem(config), Is.Null);
        Assert.That(NodesSetup.IsSeveralNodes(config), Is.False);
    }

    [Test]
    public void Nodes_on_sqlite_are_refused_because_each_would_keep_its_own_truth()
    {
        var problem = NodesSetup.Problem(Config(new() { ["Hub:Redis"] = "127.0.0.1:6379" }));

        Assert.That(problem, Does.Contain("set Hub:Database=postgres and ConnectionStrings:Hub too"));
    }

    [Test]
    public void A_setting_that_is_not_a_redis_connection_string_says_so_without_repeating_it()
    {
        var problem = NodesSetup.Problem(Config(new()
        {
            ["Hub:Redis"] = "127.0.0.1:6379,password=hunter2,notAnOption=1",
            ["Hub:Database"] = "postgres",
            ["ConnectionStrings:Hub"] = "Host=127.0.0.1;Database=hub",
        }));

        Assert.That(problem, Does.Contain("Hub:Redis is not a Redis connection string"));
        Assert.That(problem, Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Redis_and_postgres_together_are_no_problem()
    {
        var config = Config(new()
        {
            ["Hub:Redis"] = "127.0.0.1:6379,password=secret,ssl=true",
            ["Hub:Database"] = "postgres",
            ["ConnectionStrings:Hub"] = "Host=127.0.0.1;Database=hub",
        });

        Assert.That(NodesSetup.Problem(config), Is.Null);
        Assert.That(NodesSetup.IsSeveralNodes(config), Is.True);
    }

    [Test]
    [Category(HubDatabaseCategories.EachDatabase)]
    public async Task With_Redis_away_a_node_starts_and_says_it_is_not_ready_so_the_load_balancer_sends_people_elsewhere()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync();
        // Nobody listens on this port: Redis is down, or not reachable from this node.
        var nowhere = $"127.0.0.1:{HubServer.FreePort()},connectTimeout=500";
        using var node = new HubServer(settings: new Dictionary<string, string> { ["Hub:Redis"] = nowhere }, postgres: postgres);
        try
        {
            using var http = new HttpClient { BaseAddress = node.BaseAddress };
            using var ready = await http.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
            var body = await ready.Content.ReadAsStringAsync();

            Assert.Multiple(() =>
            {
                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(body, Does.Contain("\"name\":\"redis\",\"status\":\"Unhealthy\""));
                Assert.That(body, Does.Contain("\"name\":\"database\",\"status\":\"Healthy\""));
            });
        }
        finally
        {
            node.Dispose();
            node.DeleteData();
        }
    }

    private static IConfiguration Config(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
