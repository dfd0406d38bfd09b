using System.Diagnostics;
using System.Text.Json;
using Kiosk.Bench.Views;
using Kiosk.Contracts;

using Kiosk.Hub;
using Kiosk.Hub.CheckIn;
using Kiosk.Hub.Desk;
using Kiosk.Hub.Health;
using Kiosk.Hub.Limits;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Realtime;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Visits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace Kiosk.Bench.Hub;

/// <summary>
/// What one change costs the hub, as the room grows: the hub's own services (the same composition as
/// the hub: check-in, desk, the waiting room over a SQLite file) with a busy room of 10 to 10,000
/// waiting written to the database (<see cref="BusyRoom"/>), then walk-ins checking in and patients
/// called, one after another. For each change: the wall time of the call and the CPU time the whole
/// process spent on it (every thread), medians after warm-up. No network: the pushes go to a notifier
/// that only counts them, so this is the compute and database work a change costs before anyone hears.
/// </summary>
public static class ChangeBench
{
    private static readonly int[] Sizes = [10, 100, 1_000, 10_000];
    // Enough changes first for the JIT to have compiled the hot paths fully (tiered compilation promotes a method
    // after 30 calls, in the background), as in a hub that has run a while: fewer, and its work is counted as the hub's.
    private const int WarmUp = 40;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string output = "docs/benchmarks/hub-change.json", doc = "docs/benchmarks/hub.md", before = "docs/benchmarks/hub-change-before.json";
        var sizes = Sizes;
        var changes = 10;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--out": output = Value(); break;
                case "--md": doc = Value(); break;
                case "--before": before = Value(); break;
                case "--sizes": sizes = [.. Value().Split(',').Select(int.Parse)]; break;
                case "--changes": changes = int.Parse(Value()); break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return 2;
            }
        }

        var command = "./kiosk bench change" + (args.Count > 0 ? " " + string.Join(' ', args) : "");
        // A small room first, not reported: the process's JIT warms up on it whatever sizes are asked for,
        // so each size is measured on code compiled as in a hub that has run a while.
        await MeasureAsync(100, changes);
        var points = new List<ChangePoint>();
        foreach (var size in sizes)
        {
            // A big room's changes take long before the work is proportional: fewer of them, still a median.
            var point = await MeasureAsync(size, size >= 10_000 ? Math.Min(changes, 4) : changes);
            Console.WriteLine($"{size,6} waiting: {point.WallMs:F1} ms wall, {point.CpuMs:F1} ms CPU per change ({point.Changes} changes)");
            points.Add(point);
        }

        var run = new ChangeRun(Machine.Describe(), command, points);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(run, Indented));
        var earlier = File.Exists(before) && Path.GetFullPath(before) != Path.GetFullPath(output)
            ? JsonSerializer.Deserialize<ChangeRun>(await File.ReadAllTextAsync(before))
            : null;
        await BenchPage.WriteSectionAsync(doc, "change", ChangeReport.Markdown(run, earlier, before));
        Console.WriteLine($"Wrote {output} and {doc}.");
        return 0;
    }

    private static async Task<ChangePoint> MeasureAsync(int waiting, int changes)
    {
        var folder = Directory.CreateTempSubdirectory("kiosk-bench-change-");
        try
        {
            var busy = BusyRoom.Make(waiting);
            // Half an hour on from the room's moment: a live room has nothing later than now (the made-up room's last arrivals may be).
            await using var services = Compose(folder.FullName, new BenchClock(busy.Now.AddMinutes(30)));
            await SeedAsync(services, busy);

            var checkIn = services.GetRequiredService<CheckInService>();
            var desk = services.GetRequiredService<DeskService>();
            var room = services.GetRequiredService<WaitingRoomService>();
            var clock = (BenchClock)services.GetRequiredService<TimeProvider>();
            await room.ReadAsync(CancellationToken.None);
            var process = Process.GetCurrentProcess();
            var walls = new List<double>();
            var cpus = new List<double>();
            for (var i = 0; i < WarmUp + changes; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                // Every other change a walk-in arrives; in between, the next patient of a line is called.
                Func<Task> change = i % 2 == 0
                    ? () => checkIn.WalkInAsync(new WalkInRequest(Guid.NewGuid(), "Walk", $"In{i}", new DateOnly(1990, 5, 5), WalkInReasons.Unwell), "kiosk-lobby")
                    : async () =>
                    {
                        var (day, _) = await room.ReadAsync(CancellationToken.None);
                        var next = BenchClinic.Providers.Select(day.Queue).MaxBy(line => line.Count)![0];
                        await desk.CallAsync(new CallVisitRequest(next.Id, "Room 1"), "nurse");
                    };
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                await change();
                wall.Stop();
                process.Refresh();
                if (i >= WarmUp)
                {
                    walls.Add(wall.Elapsed.TotalMilliseconds);
                    cpus.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            return new ChangePoint(waiting, changes, BenchStats.Median(walls), BenchStats.Median(cpus), walls.Max());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Writes <paramref name="busy"/> into the hub's database as a hub that has run all day would have it, migrating it first.
    /// A hub that has run all day kept each patient's first range: its calibrator recalls them rather than forecasting
    /// every arrival of the day again (that catch-up after a restart is bench restart's).
    /// </summary>
    internal static async Task SeedAsync(IServiceProvider services, BusyRoom busy)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        await db.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().AddFinishedDayAsync(busy.Room);
        db.FirstForecasts.AddRange(busy.Promised.Select(p => new FirstForecastRow
        {
            VisitId = p.Key, Day = busy.Room.Day, Low = p.Value.LowMinutes, Likely = p.Value.LikelyMinutes, High = p.Value.HighMinutes,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The hub's own services over a clinic file that matches <see cref="BusyRoom"/>'s clinic, in <paramref name="folder"/>, on
    /// <paramref name="clock"/>; <paramref name="settings"/> add to (or replace) the hub's settings, such as another database.
    /// </summary>
    internal static ServiceProvider Compose(string folder, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clinicFile = BenchClinic.Write(folder);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:ClinicFile"] = clinicFile,
            ["Hub:DataDirectory"] = folder,
            ["Hub:PublicUrl"] = "https://hub.example",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        // The hub's own content root, so the words, topics and screens are the product's (run from the repository).
        var env = new HostingEnvironment { ContentRootPath = HubBuild.ProjectFolder, EnvironmentName = "Production", ApplicationName = "Kiosk.Hub" };
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(config);
        if (services.AddContentFiles(config, env) is { } bad)
        {
            throw new InvalidOperationException(bad);
        }

        services.AddHubDatabase(config, env);
        services.AddLimits(config);
        services.AddKioskHealth();
        services.AddSingleton(clock);
        services.AddSingleton<IRoomNotifier, CountingNotifier>();
        services.AddSingleton<Microsoft.AspNetCore.Hosting.Server.IServer, NoServer>();
        return services.BuildServiceProvider();
    }

    /// <summary>The room's clock, moved on by the bench: one second between changes.</summary>
    private sealed class BenchClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>No listening server: the phone links come from Hub:PublicUrl.</summary>
    private sealed class NoServer : Microsoft.AspNetCore.Hosting.Server.IServer
    {
        public Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = new Microsoft.AspNetCore.Http.Features.FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(Microsoft.AspNetCore.Hosting.Server.IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Takes the news and counts it: the pushes are the network's part, measured in <c>bench hub</c>.</summary>
    private sealed class CountingNotifier : IRoomNotifier
    {
        public int Published { get; private set; }

        public Task Publish(RoomNews news)
        {
            Published++;
            return Task.CompletedTask;
        }

        public Task PublishKiosks(global::Kiosk.Contracts.Health.KioskList kiosks) => Task.CompletedTask;

        public Task TellPages(RoomNews news) => Task.CompletedTask;

        public IDisposable Subscribe(Func<RoomNews, Task> onNews) => new Nothing();

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}

public sealed record ChangePoint(int Waiting, int Changes, double WallMs, double CpuMs, double MaxWallMs);

public sealed record ChangeRun(string Machine, string Command, IReadOnlyList<ChangePoint> Points);
