using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// The hub's model on PostgreSQL (Hub:Database=postgres). A type of its own so that EF Core keeps a second set
/// of migrations for it (Persistence/Migrations/Postgres): column types differ between the two providers, so one
/// set cannot serve both. Everything else resolves it as <see cref="HubDb"/>. A change to the model wants a
/// migration in each set (docs/install.md, "PostgreSQL").
/// </summary>
public sealed class PostgresHubDb(DbContextOptions<PostgresHubDb> options) : HubDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz holds an instant and Npgsql writes only UTC ones: clinic-local times (an appointment's start)
        // go in as the same instant in UTC. SQLite keeps the offset as written; every reader compares instants.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtc>();
    }

    private sealed class ToUtc() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}

/// <summary>For `dotnet ef migrations add NAME --context PostgresHubDb`: no server is needed to write a migration.</summary>
public sealed class PostgresHubDbDesignFactory : IDesignTimeDbContextFactory<PostgresHubDb>
{
    public PostgresHubDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHubDb>().UseNpgsql("Host=localhost;Database=hub").Options);
}
