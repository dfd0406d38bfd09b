using Kiosk.Contracts;

namespace Kiosk.Bench.Hub;

/// <summary>One change of the product's run as the bare hub replays it: the phones that heard of it and a view the size they were sent.</summary>
public sealed record PlannedChange(IReadOnlyList<int> Phones, TicketView View);

/// <summary>What one hub (product or bare) did with one crowd of phones.</summary>
public sealed record Phase(
    double P50, double P95, double P99, double Max, int Receipts, int Dropped, double CpuMsPerChange, double ChangesPerSecond,
    int Unmatched, int GcInWindow, double RssPerConnectionKb, IReadOnlyList<string> Tokens, IReadOnlyList<PlannedChange> Plan);

public sealed record FanOutRow(int Clients, int Nodes, Phase Product, Phase Bare)
{
    public double RatioP99 => Product.P99 / Bare.P99;

    public double RatioRss => Product.RssPerConnectionKb / Bare.RssPerConnectionKb;
}

public sealed record FanOutRun(string Machine, string Command, int Changes, double Rate, IReadOnlyList<FanOutRow> Rows, double? HubColdStartMs, int ColdStarts, double? KioskColdStartMs)
{
    /// <summary>The kiosk's cold start on to its first screen that answers taps (Blazor connected).</summary>
    public double? KioskUsableMs { get; init; }

    public int KioskColdStarts { get; init; }

    /// <summary>The shape the issue names, plus what the page needs to be read honestly.</summary>
    public object ForJson() => new Dictionary<string, object?>
    {
        ["machine"] = Machine,
        ["command"] = Command,
        ["changes_per_row"] = Changes,
        ["rate_per_s"] = Rate,
        ["rows"] = Rows.Select(r => new Dictionary<string, object?>
        {
            ["clients"] = r.Clients,
            ["nodes"] = r.Nodes,
            ["p50_ms"] = Round(r.Product.P50),
            ["p95_ms"] = Round(r.Product.P95),
            ["p99_ms"] = Round(r.Product.P99),
            ["max_ms"] = Round(r.Product.Max),
            ["dropped"] = r.Product.Dropped,
            ["rss_per_conn_kb"] = Round(r.Product.RssPerConnectionKb),
            ["ratio_p99_vs_bare"] = Round(r.RatioP99),
            ["ratio_rss_vs_bare"] = Round(r.RatioRss),
            ["hub_cpu_ms_per_change"] = Round(r.Product.CpuMsPerChange),
            ["changes_per_s_achieved"] = Round(r.Product.ChangesPerSecond),
            ["receipts"] = r.Product.Receipts,
            ["unmatched"] = r.Product.Unmatched,
            ["load_generator_gc_in_window"] = r.Product.GcInWindow,
            ["bare"] = new Dictionary<string, object?>
            {
                ["p50_ms"] = Round(r.Bare.P50), ["p95_ms"] = Round(r.Bare.P95), ["p99_ms"] = Round(r.Bare.P99), ["max_ms"] = Round(r.Bare.Max),
                ["dropped"] = r.Bare.Dropped, ["rss_per_conn_kb"] = Round(r.Bare.RssPerConnectionKb), ["cpu_ms_per_change"] = Round(r.Bare.CpuMsPerChange),
                ["receipts"] = r.Bare.Receipts, ["load_generator_gc_in_window"] = r.Bare.GcInWindow,
            },
        }).ToList(),
        ["hub_cold_start_ms"] = HubColdStartMs is { } hub ? Round(hub) : null,
        ["cold_starts"] = ColdStarts,
        ["kiosk_cold_start_ms"] = KioskColdStartMs is { } kiosk ? Round(kiosk) : null,
        ["kiosk_usable_ms"] = KioskUsableMs is { } usable ? Round(usable) : null,
        ["kiosk_cold_starts"] = KioskColdStarts,
    };

    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 1) : null;

    /// <summary>A run read back from the JSON it wrote (to draw its page and plot again without running it again).</summary>
    public static FanOutRun FromJson(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        static double Number(System.Text.Json.JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetDouble() : double.NaN;
        static int Count(System.Text.Json.JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetInt32() : 0;
        var rows = root.GetProperty("rows").EnumerateArray().Select(r =>
        {
            var b = r.GetProperty("bare");
            var product = new Phase(Number(r, "p50_ms"), Number(r, "p95_ms"), Number(r, "p99_ms"), Number(r, "max_ms"), Count(r, "receipts"), Count(r, "dropped"),
                Number(r, "hub_cpu_ms_per_change"), Number(r, "changes_per_s_achieved"), Count(r, "unmatched"), Count(r, "load_generator_gc_in_window"),
                Number(r, "rss_per_conn_kb"), [], []);
            var bare = new Phase(Number(b, "p50_ms"), Number(b, "p95_ms"), Number(b, "p99_ms"), Number(b, "max_ms"), Count(b, "receipts"), Count(b, "dropped"),
                Number(b, "cpu_ms_per_change"), double.NaN, 0, Count(b, "load_generator_gc_in_window"), Number(b, "rss_per_conn_kb"), [], []);
            return new FanOutRow(Count(r, "clients"), Count(r, "nodes"), product, bare);
        }).ToList();
        double? Optional(string name) => double.IsFinite(Number(root, name)) ? Number(root, name) : null;
        return new FanOutRun(root.GetProperty("machine").GetString()!, root.GetProperty("command").GetString()!, Count(root, "changes_per_row"), Number(root, "rate_per_s"),
            rows, Optional("hub_cold_start_ms"), Count(root, "cold_starts"), Optional("kiosk_cold_start_ms"))
        {
            KioskUsableMs = Optional("kiosk_usable_ms"), KioskColdStarts = Count(root, "kiosk_cold_starts"),
        };
    }
}
