using System.Diagnostics;
using System.Text.Json;

namespace Kiosk.Bench.Tests;

/// <summary>
/// ./kiosk bench hub kept working: a small run (a hundred phones, one node, a few changes) of the real benchmark in its own
/// process, against the real hub and the bare hub, writes the JSON the issue names with every phone's pushes counted and
/// none dropped. No timing is asserted: the figures are the benchmark's to report, not a test's to judge.
/// </summary>
public sealed class HubBenchSmokeTests
{
    [Test]
    public async Task A_small_run_writes_the_json_with_a_row_for_the_product_against_the_bare_hub()
    {
        var output = Directory.CreateTempSubdirectory("kiosk-bench-hub-smoke-");
        try
        {
            var json = Path.Combine(output.FullName, "hub.json");
            var bench = Path.Combine(AppContext.BaseDirectory, "Kiosk.Bench.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = output.FullName,
            };
            foreach (var arg in new[] { bench, "hub", "--clients", "100", "--one-node", "--changes", "4", "--warm-up", "2", "--rate", "4", "--cold-starts", "1", "--kiosk-cold-starts", "0",
                         "--out", json, "--md", Path.Combine(output.FullName, "hub.md"), "--png", Path.Combine(output.FullName, "hub.png") })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var said = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.That(process.ExitCode, Is.Zero, $"{await said}\n{await errors}");

            using var result = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var row = result.RootElement.GetProperty("rows").EnumerateArray().Single();
            Assert.Multiple(() =>
            {
                Assert.That(row.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[]
                {
                    "clients", "nodes", "p50_ms", "p95_ms", "p99_ms", "dropped", "rss_per_conn_kb", "ratio_p99_vs_bare", "ratio_rss_vs_bare",
                }));
                Assert.That(row.GetProperty("clients").GetInt32(), Is.EqualTo(100));
                Assert.That(row.GetProperty("dropped").GetInt32(), Is.Zero);
                Assert.That(row.GetProperty("unmatched").GetInt32(), Is.Zero, "every push was matched to the change that made it");
                Assert.That(row.GetProperty("receipts").GetInt32(), Is.GreaterThan(0), "the phones heard of the changes");
                Assert.That(row.GetProperty("bare").GetProperty("receipts").GetInt32(), Is.EqualTo(row.GetProperty("receipts").GetInt32()),
                    "the bare hub sent the same pushes to the same phones");
                Assert.That(result.RootElement.GetProperty("hub_cold_start_ms").GetDouble(), Is.GreaterThan(0));
                Assert.That(File.Exists(Path.Combine(output.FullName, "hub.png")), Is.True);
            });
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
