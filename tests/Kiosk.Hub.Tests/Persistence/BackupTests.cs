using Kiosk.Hub.Persistence;
using Kiosk.Hub.Persistence.Backup;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Persistence;

/// <summary>Backups of the hub's SQLite file (taken while it is open) and restores, as deploy/'s timer and docs/install.md use them.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BackupTests
{
    private DirectoryInfo _folder = null!;
    private string _database = null!;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 2, 30, 0, TimeSpan.Zero));

    [SetUp]
    public async Task CreateDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("hub-backup-");
        _database = Path.Combine(_folder.FullName, "data", DatabaseSetup.FileName);
        await using var db = Open(_database);
        await db.MigrateAsync();
    }

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Test]
    public async Task A_backup_taken_while_the_hub_writes_holds_what_was_committed_and_only_its_owner_can_read_it()
    {
        // The hub's own connection stays open, in write-ahead mode, with a commit not yet checkpointed.
        await using var hub = Open(_database);
        await AddRowAsync(hub, "before the backup");

        var taken = new DatabaseBackup(_database, _time).Take(Path.Combine(_folder.FullName, "backups"), keep: 14);

        Assert.That(Path.GetFileName(taken.File), Is.EqualTo("hub-20261203-023000.db"));
        Assert.That(File.GetUnixFileMode(taken.File), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "a backup holds patients' names");
        Assert.That(await RowsAsync(taken.File), Is.EqualTo(new[] { "before the backup" }));
    }

    [Test]
    public void Only_the_newest_backups_are_kept()
    {
        var backups = new DatabaseBackup(_database, _time);
        var folder = Path.Combine(_folder.FullName, "backups");
        var names = new List<string>();
        for (var day = 0; day < 4; day++)
        {
            names.Add(Path.GetFileName(backups.Take(folder, keep: 2).File));
            _time.Advance(TimeSpan.FromDays(1));
        }

        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(), Is.EqualTo(names.TakeLast(2)));
    }

    [Test]
    public async Task A_restore_brings_back_the_backup_and_keeps_the_database_it_replaced()
    {
        await using (var hub = Open(_database))
        {
            await AddRowAsync(hub, "in the backup");
        }

        var backup = new DatabaseBackup(_database, _time).Take(Path.Combine(_folder.FullName, "backups"), keep: 14).File;
        await using (var hub = Open(_database))
        {
            await AddRowAsync(hub, "after the backup");
        }

        SqliteConnection.ClearAllPools();
        _time.Advance(TimeSpan.FromHours(1));
        var keptAs = new DatabaseBackup(_database, _time).Restore(backup, DatabaseBackup.KnownMigrations());

        Assert.That(await RowsAsync(_database), Is.EqualTo(new[] { "in the backup" }));
        Assert.That(keptAs, Does.EndWith("hub.db.before-restore-20261203-033000"));
        Assert.That(await RowsAsync(keptAs), Is.EqualTo(new[] { "in the backup", "after the backup" }), "the replaced database is whole, its log folded in");
    }

    [Test]
    public async Task A_backup_from_a_newer_hub_is_refused_with_the_reason_and_nothing_is_replaced()
    {
        var backup = new DatabaseBackup(_database, _time).Take(Path.Combine(_folder.FullName, "backups"), keep: 14).File;
        await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO __EFMigrationsHistory VALUES ('29991231000000_FromTheFuture', '11.0.0');";
            await insert.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(_database);
        var problem = Assert.Throws<BackupProblemException>(() => new DatabaseBackup(_database, _time).Restore(backup, DatabaseBackup.KnownMigrations()));

        Assert.That(problem!.Message, Does.Contain("newer version of the hub").And.Contain("29991231000000_FromTheFuture"));
        Assert.That(await File.ReadAllBytesAsync(_database), Is.EqualTo(before));
    }

    [Test]
    public void A_file_that_is_not_a_hub_database_is_refused()
    {
        var notes = Path.Combine(_folder.FullName, "notes.txt");
        File.WriteAllText(notes, "not a database at all, just some words");
        var empty = Path.Combine(_folder.FullName, "empty.db");
        using (var connection = new SqliteConnection($"Data Source={empty};Pooling=false"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE t (x);";
            create.ExecuteNonQuery();
        }

        var backups = new DatabaseBackup(_database, _time);
        Assert.That(() => backups.Restore(notes, DatabaseBackup.KnownMigrations()),
            Throws.TypeOf<BackupProblemException>().With.Message.Contains("not a readable SQLite database"));
        Assert.That(() => backups.Restore(empty, DatabaseBackup.KnownMigrations()),
            Throws.TypeOf<BackupProblemException>().With.Message.Contains("not a hub database"));
    }

    [Test]
    public void Backing_up_a_hub_that_has_no_database_yet_says_where_it_looked() =>
        Assert.That(() => new DatabaseBackup(Path.Combine(_folder.FullName, "nowhere", "hub.db"), _time).Take(_folder.FullName, 14),
            Throws.TypeOf<BackupProblemException>().With.Message.Contains("nowhere").And.Message.Contains("Hub__DataDirectory"));

    private static HubDb Open(string file) =>
        new(new DbContextOptionsBuilder<HubDb>().UseSqlite($"Data Source={file}").AddInterceptors(new DurableSqlite()).Options);

    private static async Task AddRowAsync(HubDb db, string name)
    {
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = "<key/>" });
        await db.SaveChangesAsync();
    }

    private static async Task<List<string?>> RowsAsync(string file)
    {
        await using var db = Open(file);
        return await db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.FriendlyName).ToListAsync();
    }
}
