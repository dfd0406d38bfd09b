using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence.Backup;

/// <summary>
/// Copies of the hub's SQLite file taken while the hub runs (SQLite's online backup: a consistent copy
/// however busy the room is), and putting one back. A copy holds patients' names, so it is readable by
/// its owner only, and only the newest are kept.
/// </summary>
public sealed class DatabaseBackup(string databaseFile, TimeProvider time)
{
    public const string Prefix = "hub-";
    private const string Extension = ".db";

    public sealed record Taken(string File, long Bytes, IReadOnlyList<string> Removed);

    /// <summary>Writes hub-YYYYMMDD-HHMMSS.db into <paramref name="folder"/>, checks it, and keeps the newest <paramref name="keep"/>.</summary>
    public Taken Take(string folder, int keep)
    {
        if (!File.Exists(databaseFile))
        {
            throw new BackupProblemException($"There is no hub database at {databaseFile} (Hub__DataDirectory names its folder), so there is nothing to back up.");
        }

        Directory.CreateDirectory(folder);
        var name = Path.Combine(folder, $"{Prefix}{time.GetUtcNow():yyyyMMdd-HHmmss}{Extension}");
        var partial = name + ".partial";
        File.Delete(partial);
        // Created empty and owner-only before a single row is copied into it.
        File.Create(partial, 0, FileOptions.None).Dispose();
        OwnerOnly(partial);
        using (var source = Open(databaseFile, SqliteOpenMode.ReadOnly))
        using (var copy = Open(partial, SqliteOpenMode.ReadWrite))
        {
            source.BackupDatabase(copy);
            // A copy is only as good as its check: one that fails here is not kept under a backup's name.
            Scalar(copy, "PRAGMA journal_mode=DELETE;");
            if (Scalar(copy, "PRAGMA integrity_check;") is not "ok" and var problem)
            {
                throw new BackupProblemException($"The copy failed SQLite's integrity check ({problem}); it is left as {partial} and no backup was kept.");
            }
        }

        File.Move(partial, name, overwrite: true);
        return new Taken(name, new FileInfo(name).Length, Prune(folder, keep));
    }

    /// <summary>
    /// Puts <paramref name="backup"/> in place of the hub's database, keeping the database it replaces
    /// beside it (hub.db.before-restore-…), so a restore of the wrong file can itself be undone.
    /// The hub must be stopped; it applies any newer migrations when it starts.
    /// </summary>
    public string Restore(string backup, IReadOnlyCollection<string> knownMigrations)
    {
        if (!File.Exists(backup))
        {
            throw new BackupProblemException($"There is no file {backup}.");
        }

        var applied = AppliedMigrations(backup);
        if (applied.Except(knownMigrations).FirstOrDefault() is { } unknown)
        {
            throw new BackupProblemException($"{backup} was written by a newer version of the hub (its database has migration {unknown}, which this version does not know). Restore it with that version or a later one.");
        }

        var folder = Path.GetDirectoryName(databaseFile)!;
        Directory.CreateDirectory(folder);
        string? keptAs = null;
        if (File.Exists(databaseFile))
        {
            keptAs = $"{databaseFile}.before-restore-{time.GetUtcNow():yyyyMMdd-HHmmss}";
            // The old file as a whole, its write-ahead log folded in, so what is kept is complete.
            using (var old = Open(databaseFile, SqliteOpenMode.ReadWrite))
            using (var kept = Open(keptAs, SqliteOpenMode.ReadWriteCreate))
            {
                old.BackupDatabase(kept);
            }

            OwnerOnly(keptAs);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databaseFile + suffix);
        }

        using (var from = Open(backup, SqliteOpenMode.ReadOnly))
        using (var to = Open(databaseFile, SqliteOpenMode.ReadWriteCreate))
        {
            from.BackupDatabase(to);
        }

        OwnerOnly(databaseFile);
        return keptAs is null ? "" : keptAs;
    }

    /// <summary>The migrations a backup's database has, after checking it is a sound hub database at all.</summary>
    private static List<string> AppliedMigrations(string backup)
    {
        try
        {
            using var connection = Open(backup, SqliteOpenMode.ReadOnly);
            if (Scalar(connection, "PRAGMA integrity_check;") is not "ok" and var problem)
            {
                throw new BackupProblemException($"{backup} failed SQLite's integrity check ({problem}); choose another backup.");
            }

            if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory';") is not "1")
            {
                throw new BackupProblemException($"{backup} is an SQLite file but not a hub database (it has no migration history).");
            }

            using var command = connection.CreateCommand();
            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory;";
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
        catch (SqliteException e)
        {
            throw new BackupProblemException($"{backup} is not a readable SQLite database ({e.Message.TrimEnd('.')}).");
        }
    }

    private static List<string> Prune(string folder, int keep)
    {
        var backups = Directory.EnumerateFiles(folder, Prefix + "*" + Extension)
            .Where(f => Path.GetFileName(f).Length == Prefix.Length + "yyyyMMdd-HHmmss".Length + Extension.Length)
            .OrderDescending(StringComparer.Ordinal)
            .ToList();
        var removed = backups.Skip(Math.Max(keep, 1)).ToList();
        removed.ForEach(File.Delete);
        return removed;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void OwnerOnly(string file)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The migrations this version of the hub knows, read from its model (no database opened).</summary>
    public static IReadOnlyCollection<string> KnownMigrations()
    {
        using var db = new HubDb(new DbContextOptionsBuilder<HubDb>().UseSqlite("Data Source=:memory:").Options);
        return [.. db.Database.GetMigrations()];
    }
}

/// <summary>Something about a backup or restore the admin can fix; said in one line, never a stack trace.</summary>
public sealed class BackupProblemException(string message) : Exception(message);
