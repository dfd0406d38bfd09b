using System.Net;
using System.Text.Json;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Microsoft.Data.Sqlite;

namespace Kiosk.Hub.Tests.Readiness;

/// <summary>
/// /healthz/live says the process answers; /healthz/ready (and /healthz, which the start-up scripts
/// wait on) says the hub can do its work: database reachable, every migration applied. A hub that
/// cannot is up but not ready: 503, naming the check that failed.
/// </summary>
public sealed class ReadinessTests : OnAFreshHub
{
    [TestCase("/healthz/live")]
    [TestCase("/healthz/ready")]
    [TestCase("/healthz")]
    public async Task A_normal_hub_is_live_and_ready(string path)
    {
        var (status, body) = await GetAsync(path);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_lists_each_check_with_its_status()
    {
        var (_, body) = await GetAsync("/healthz/ready");

        Assert.That(Checks(body), Is.EquivalentTo(new Dictionary<string, string> { ["database"] = "Healthy", ["migrations"] = "Healthy" }));
    }

    [Test]
    [Category(HubDatabaseCategories.SqliteFile)]
    public async Task A_database_missing_its_last_migration_is_not_ready_but_the_hub_is_live()
    {
        // As if an older copy of the file were restored under the running hub.
        var last = Sql("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1");
        Sql($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = '{last}'");

        var (ready, readyBody) = await GetAsync("/healthz/ready");
        var (scripts, _) = await GetAsync("/healthz");
        var (live, _) = await GetAsync("/healthz/live");

        Assert.That((ready, scripts, live), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK)));
        Assert.That(Checks(readyBody), Is.EquivalentTo(new Dictionary<string, string> { ["database"] = "Healthy", ["migrations"] = "Unhealthy" }));
        Assert.That(Description(readyBody, "migrations"), Does.Contain(last));
    }

    [Test]
    [Category(HubDatabaseCategories.SqliteFile)]
    public async Task A_database_that_cannot_be_opened_is_not_ready_but_the_hub_is_live()
    {
        // The file gone and a folder in its place: nothing can open it, and nothing can quietly make a new empty one.
        SqliteConnection.ClearAllPools();
        var file = Path.Combine(Server.DataDirectory, DatabaseSetup.FileName);
        foreach (var part in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Move(part, part + ".moved");
        }

        Directory.CreateDirectory(file);

        var (ready, readyBody) = await GetAsync("/healthz/ready");
        var (live, _) = await GetAsync("/healthz/live");

        Assert.That((ready, live), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK)));
        Assert.That(Checks(readyBody)["database"], Is.EqualTo("Unhealthy"));
        Assert.That(readyBody.ToString(), Does.Not.Contain(Server.DataDirectory), "the page does not show where the data lives");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static Dictionary<string, string> Checks(JsonElement body) =>
        body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);

    private static string Description(JsonElement body, string check) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == check).GetProperty("description").GetString()!;

    private string? Sql(string sql)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(Server.DataDirectory, DatabaseSetup.FileName)}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
