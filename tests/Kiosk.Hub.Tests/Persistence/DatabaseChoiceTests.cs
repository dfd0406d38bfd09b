using Kiosk.Hub.Persistence;
using Kiosk.Hub.Persistence.Backup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>Hub:Database picks the provider; SQLite with no setting at all, and a setting it cannot use stops the hub saying why.</summary>
public sealed class DatabaseChoiceTests
{
    [Test]
    public void With_no_setting_the_hub_is_on_its_sqlite_file()
    {
        using var db = Resolve(new());

        Assert.That(db.GetType(), Is.EqualTo(typeof(HubDb)));
        Assert.That(db.Database.IsSqlite(), Is.True);
        Assert.That(db.Database.GetConnectionString(), Does.EndWith(Path.Combine("data", DatabaseSetup.FileName)));
    }

    [Test]
    public void Postgres_with_a_connection_string_is_the_postgres_context()
    {
        using var db = Resolve(new() { ["Hub:Database"] = "postgres", ["ConnectionStrings:Hub"] = "Host=127.0.0.1;Database=hub;Username=hub" });

        Assert.That(db, Is.TypeOf<PostgresHubDb>());
        Assert.That(db.Database.IsNpgsql(), Is.True);
    }

    [Test]
    public void Postgres_without_a_connection_string_says_what_to_set()
    {
        var settings = new Dictionary<string, string?> { ["Hub:Database"] = "postgres" };

        Assert.That(DatabaseSetup.Problem(Config(settings)), Does.Contain("ConnectionStrings:Hub is not set"), "the hub stops at start with this");
        Assert.That(() => Resolve(settings), Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:Hub is not set"));
    }

    [Test]
    public void An_unknown_database_says_which_ones_there_are()
    {
        var settings = new Dictionary<string, string?> { ["Hub:Database"] = "mysql" };

        Assert.That(DatabaseSetup.Problem(Config(settings)), Does.Contain("\"sqlite\" (the default) or \"postgres\""), "the hub stops at start with this");
        Assert.That(() => Resolve(settings), Throws.InvalidOperationException);
    }

    [TestCase(null)]
    [TestCase("sqlite")]
    [TestCase("postgres")]
    public void A_usable_setting_is_no_problem(string? database)
    {
        var settings = new Dictionary<string, string?> { ["Hub:Database"] = database, ["ConnectionStrings:Hub"] = database == "postgres" ? "Host=127.0.0.1;Database=hub" : null };

        Assert.That(DatabaseSetup.Problem(Config(settings)), Is.Null);
    }

    [TestCase("backup")]
    [TestCase("restore", "hub-20261203-023000.db")]
    public async Task Backup_and_restore_on_postgres_refuse_and_point_to_postgres_own_tools(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var config = Config(new() { ["Hub:Database"] = "postgres", ["ConnectionStrings:Hub"] = "Host=127.0.0.1;Database=hub" });

        var exit = await BackupCommand.RunAsync(args, config, Environment(), output, error);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error.ToString(), Does.Contain("pg_dump"));
        Assert.That(output.ToString(), Is.Empty);
    }

    private static HubDb Resolve(Dictionary<string, string?> settings)
    {
        var provider = new ServiceCollection().AddHubDatabase(Config(settings), Environment()).BuildServiceProvider();
        return provider.CreateScope().ServiceProvider.GetRequiredService<HubDb>();
    }

    private static IConfiguration Config(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static HostingEnvironment Environment() => new() { ContentRootPath = Path.Combine(Path.GetTempPath(), "kiosk-hub-tests", "choice") };
}
