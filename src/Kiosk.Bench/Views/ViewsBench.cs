using System.Diagnostics;
using System.Text.Json;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Bench.Views;

/// <summary>
/// What building every view costs after one change (<see cref="RoomViews.Build"/>: each ticket, the
/// reception board), as the line grows: 10 to 10,000 waiting over three providers (<see cref="BusyRoom"/>).
/// Each timed run follows one walk-in checking in; the median of several runs after warm-up, with the
/// bytes the build allocated. The estimator and the database are not in it: the estimates are given.
/// </summary>
public static class ViewsBench
{
    private static readonly int[] Sizes = [10, 100, 1_000, 10_000];
    private const int WarmUp = 2;
    private const int Runs = 7;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        string output = "docs/benchmarks/views.json", before = "docs/benchmarks/views-before.json";
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--out": output = Value(); break;
                case "--before": before = Value(); break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}.");
                    return 2;
            }
        }

        var command = "./kiosk bench views" + (args.Count > 0 ? " " + string.Join(' ', args) : "");
        var points = Sizes.Select(Measure).ToList();
        var earlier = File.Exists(before) && Path.GetFullPath(before) != Path.GetFullPath(output)
            ? JsonSerializer.Deserialize<ViewsRun>(await File.ReadAllTextAsync(before))
            : null;
        var run = new ViewsRun(Machine.Describe(), command, points);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(run, Indented));
        var doc = Path.ChangeExtension(output, ".md");
        await File.WriteAllTextAsync(doc, ViewsReport.Markdown(run, earlier, before));
        Console.WriteLine($"Wrote {output} and {doc}.");
        return 0;
    }

    private static ViewsPoint Measure(int waiting)
    {
        var busy = BusyRoom.Make(waiting);
        var times = new List<double>();
        var bytes = new List<long>();
        for (var run = 0; run < WarmUp + Runs; run++)
        {
            // The change: one more walk-in, as the hub rebuilds the views after each change.
            var patient = new PatientIdentity("Walk", $"In{run}", new DateOnly(1990, 5, 5));
            busy.Room.WalkIn(Guid.NewGuid(), patient, "okafor", "walkin", "kiosk-lobby", busy.Now.AddSeconds(run));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var snapshot = RoomViews.Build(busy.Room, busy.Estimates, busy.Promised, token => "https://hub.example/t/" + token, busy.Now);
            // Tickets are made when first asked for; this benchmark asks for every one, as it always measured.
            var made = snapshot.Tickets.Values.Count();
            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (made != busy.Room.Visits.Count)
            {
                throw new InvalidOperationException("The snapshot lost tickets.");
            }

            if (run >= WarmUp)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
                bytes.Add(allocated);
            }
        }

        var point = new ViewsPoint(waiting, busy.Room.Visits.Count, BenchStats.Median(times), BenchStats.Median(bytes.Select(b => b / (1024.0 * 1024)).ToList()), Runs);
        Console.WriteLine($"{point.Waiting,7} waiting ({point.Visits,6} visits): {point.MedianMs,10:0.00} ms, {point.AllocatedMB,10:0.0} MB allocated (median of {Runs})");
        return point;
    }
}

/// <summary>One run of the views benchmark, as written to JSON.</summary>
public sealed record ViewsRun(string Machine, string Command, IReadOnlyList<ViewsPoint> Points);

/// <summary>One room size: patients waiting, visits in the day, the median build time and the bytes it allocated.</summary>
public sealed record ViewsPoint(int Waiting, int Visits, double MedianMs, double AllocatedMB, int Runs);
