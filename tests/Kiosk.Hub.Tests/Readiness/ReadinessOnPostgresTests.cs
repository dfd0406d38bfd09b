using System.Net;
using System.Text.Json;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Readiness;

/// <summary>
/// The readiness checks on a hub whose data is on PostgreSQL (Hub:Database=postgres): the same two checks,
/// asked of the server. A database that goes away under the hub makes it not ready, not dead.
/// </summary>
[Category(HubDatabaseCategories.EachDatabase)]
public sealed class ReadinessOnPostgresTests
{
    private PostgresTestDatabase _database = null!;
    private HubServer _server = null!;

    [SetUp]
    public async Task StartAHubOnPostgres()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _server = new HubServer(postgres: _database);
    }

    [TearDown]
    public async Task StopIt()
    {
        _server?.Dispose();
        _server?.DeleteData();
        if (_database is not null) await _database.DisposeAsync();
    }

    [Test]
    public async Task A_hub_on_postgres_is_ready_with_both_checks_healthy()
    {
        var (status, body) = await GetAsync("/healthz/ready");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Checks(body), Is.EquivalentTo(new Dictionary<string, string> { ["database"] = "Healthy", ["migrations"] = "Healthy" }));
    }

    [Test]
    public async Task A_database_dropped_under_the_hub_is_not_ready_but_the_hub_is_live()
    {
        await _database.DisposeAsync();

        var (ready, readyBody) = await GetAsync("/healthz/ready");
        var (live, _) = await GetAsync("/healthz/live");

        Assert.That((ready, live), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK)));
        Assert.That(Checks(readyBody)["database"], Is.EqualTo("Unhealthy"));
        Assert.That(readyBody.ToString(), Does.Not.Contain(_database.Name), "the page does not name the database");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = _server.BaseAddress };
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static Dictionary<string, string> Checks(JsonElement body) =>
        body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);
}
