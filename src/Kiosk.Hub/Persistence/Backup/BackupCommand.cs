using System.Globalization;

namespace Kiosk.Hub.Persistence.Backup;

/// <summary>
/// Kiosk.Hub backup | restore | healthcheck: jobs the server's timers, the clinic's IT person and a
/// container's health check run beside (or instead of) the hub. None of them starts the hub or touches
/// migrations, so a restore works on a database the hub could not open.
/// </summary>
public static class BackupCommand
{
    public const string Usage = """
        usage: Kiosk.Hub backup [--out DIR] [--keep N]   an online copy of the hub's database (default: Hub:BackupDirectory, keep 14)
               Kiosk.Hub restore FILE                    puts a backup in place; stop the hub first (the replaced database is kept)
               Kiosk.Hub healthcheck [--url URL]         exit 0 when the hub answers ready (default: its first Urls address)
        """;

    public static async Task<int> RunAsync(string[] args, IConfiguration config, IHostEnvironment env, TextWriter output, TextWriter error)
    {
        try
        {
            if (args is ["backup" or "restore", ..] && DatabaseSetup.IsPostgres(config))
            {
                await error.WriteLineAsync(PostgresBackups);
                return 1;
            }

            var backups = new Lazy<DatabaseBackup>(() => new DatabaseBackup(DatabaseSetup.DatabaseFile(config, env), TimeProvider.System));
            switch (args)
            {
                case ["backup", .. var rest] when Options(rest, "--out", "--keep") is { } o:
                    var keep = o.TryGetValue("--keep", out var k) ? PositiveNumber(k, "--keep") : 14;
                    var folder = o.GetValueOrDefault("--out")
                        ?? (config["Hub:BackupDirectory"] is { Length: > 0 } configured
                            ? configured
                            : Path.Combine(Path.GetDirectoryName(DatabaseSetup.DatabaseFile(config, env))!, "backups"));
                    var taken = backups.Value.Take(Path.GetFullPath(folder), keep);
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Backed up the hub's database to {taken.File} ({taken.Bytes / 1024.0:0} KB, checked); the newest {keep} are kept{(taken.Removed.Count > 0 ? $", {taken.Removed.Count} older removed" : "")}."));
                    return 0;
                case ["restore", var file]:
                    var url = await RunningHubAsync(config);
                    if (url is not null)
                    {
                        await error.WriteLineAsync($"The hub is running (it answered at {url}). Stop it first (systemctl stop lobby-hub), then restore, then start it.");
                        return 1;
                    }

                    var keptAs = backups.Value.Restore(Path.GetFullPath(file), DatabaseBackup.KnownMigrations());
                    await output.WriteLineAsync($"Restored {Path.GetFullPath(file)}." + (keptAs.Length > 0 ? $" The database it replaced is kept as {keptAs}." : "")
                        + " Start the hub (systemctl start lobby-hub); it brings an older backup up to date as it starts.");
                    return 0;
                case ["healthcheck", .. var rest] when Options(rest, "--url") is { } o:
                    var hub = o.GetValueOrDefault("--url") ?? LocalUrl(config);
                    using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
                    {
                        try
                        {
                            using var response = await http.GetAsync(new Uri(new Uri(hub), "/healthz/ready"));
                            var body = await response.Content.ReadAsStringAsync();
                            await (response.IsSuccessStatusCode ? output : error).WriteLineAsync($"{(int)response.StatusCode} {body}".Trim());
                            return response.IsSuccessStatusCode ? 0 : 1;
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            await error.WriteLineAsync($"The hub does not answer at {hub}: {e.Message}");
                            return 1;
                        }
                    }

                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is BackupProblemException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>Backup and restore copy the SQLite file; a PostgreSQL server is backed up with its own tools.</summary>
    public const string PostgresBackups =
        "The hub's database is PostgreSQL (Hub:Database=postgres), and backup and restore here copy the SQLite file only. "
        + "Back up the PostgreSQL database with its own tools (pg_dump, or the server's continuous archiving) and restore it with pg_restore.";

    /// <summary>The hub's own address from Urls, with a wildcard host (0.0.0.0, *, +, [::]) as loopback.</summary>
    public static string LocalUrl(IConfiguration config)
    {
        var first = (config["Urls"] ?? "http://127.0.0.1:5080").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        foreach (var wildcard in new[] { "://0.0.0.0", "://*", "://+", "://[::]" })
        {
            first = first.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        }

        return first;
    }

    private static async Task<string?> RunningHubAsync(IConfiguration config)
    {
        var url = LocalUrl(config);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(url), "/healthz/live"));
            return url;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            return null;
        }
    }

    private static int PositiveNumber(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{option} wants a whole number above 0, not '{text}'.");

    /// <summary>--name value pairs among the allowed names; null (usage) for anything else.</summary>
    private static Dictionary<string, string>? Options(string[] args, params string[] allowed)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!allowed.Contains(args[i]) || i + 1 >= args.Length)
            {
                return null;
            }

            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
