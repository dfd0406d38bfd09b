using System.Diagnostics;
using System.Net;
using System.Runtime;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kiosk.Bench.Views;
using Kiosk.Contracts;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace Kiosk.Bench.Hub;

/// <summary>
/// ./kiosk bench hub: N phones (the .NET SignalR client over WebSockets), each watching its own waiting visit in one busy
/// room, while reception and a kiosk make changes at a steady rate (a call, its undo, a walk-in, a provider running late);
/// the time from each change's scheduled moment to each phone it affects receiving it. Then the same phones against a bare
/// SignalR hub that sends the same views to the same tickets for each change, in the same run. On one node for each N,
/// and on two nodes (PostgreSQL and the Redis backplane) when the script passes their servers.
/// The load generator's garbage collector is kept out of the figures: before each change it collects, then runs the
/// change's window in a no-GC region; a window whose region did not hold is counted and reported.
/// </summary>
public static partial class FanOutBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KIOSK_START_WAIT"), out var s) ? s : 120);

    public sealed record Options(int[] Clients, int TwoNodeClients, int Changes, double Rate, int WarmUp, string Json, string Markdown, string Plot,
        string? Postgres, string? Redis, int ColdStarts, int KioskColdStarts);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        Options options;
        try
        {
            options = Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (args is ["--report-from", var saved])
        {
            // The page and plot drawn again from a run's JSON (after a change to the report), without measuring again.
            await FanOutReport.WriteAsync(FanOutRun.FromJson(await File.ReadAllTextAsync(saved)), options.Markdown, options.Plot);
            return 0;
        }

        var command = "./kiosk bench hub" + (args.Count > 0 ? " " + string.Join(' ', args) : "");
        var work = Directory.CreateTempSubdirectory("kiosk-bench-hub-");
        Console.WriteLine($"Logs of the hubs under test: {work.FullName}");
        var rows = new List<FanOutRow>();
        foreach (var clients in options.Clients)
        {
            rows.Add(await MeasureAsync(clients, nodes: 1, options, work.FullName));
        }

        if (options.Postgres is not null && options.Redis is not null && options.TwoNodeClients > 0)
        {
            rows.Add(await MeasureAsync(options.TwoNodeClients, nodes: 2, options, work.FullName));
        }

        var (hubStart, kioskStart, kioskUsable) = await ColdStartsAsync(options, work.FullName);
        var run = new FanOutRun(Machine.Describe(), command, options.Changes, options.Rate, rows, hubStart, options.ColdStarts, kioskStart)
        {
            KioskUsableMs = kioskUsable, KioskColdStarts = options.KioskColdStarts,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Json))!);
        await File.WriteAllTextAsync(options.Json, JsonSerializer.Serialize(run.ForJson(), Indented));
        await FanOutReport.WriteAsync(run, options.Markdown, options.Plot);
        Console.WriteLine($"Wrote {options.Json}, {options.Markdown} and {options.Plot}.");
        return 0;
    }

    private static Options Parse(IReadOnlyList<string> args)
    {
        // Fifteen changes of warm-up: a freshly started hub compiles its hot paths again (tiered JIT) for its first seconds.
        var options = new Options([1_000, 5_000, 10_000], 2_000, 30, 1.0, 15, "docs/benchmarks/hub.json", "docs/benchmarks/hub.md", "docs/benchmarks/hub.png",
            // The servers ./kiosk bench hub starts for the two-node row (the same variables as the tests').
            Environment.GetEnvironmentVariable("KIOSK_TEST_POSTGRES"), Environment.GetEnvironmentVariable("KIOSK_TEST_REDIS"), 5, 5);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--clients" => options with { Clients = [.. Value().Split(',').Select(int.Parse)] },
                "--two-nodes" => options with { TwoNodeClients = int.Parse(Value()) },
                "--changes" => options with { Changes = int.Parse(Value()) },
                "--rate" => options with { Rate = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--out" => options with { Json = Value() },
                "--md" => options with { Markdown = Value() },
                "--png" => options with { Plot = Value() },
                "--one-node" => options with { TwoNodeClients = 0 },
                "--report-from" => options with { Json = Value() },
                "--cold-starts" => options with { ColdStarts = int.Parse(Value()) },
                "--warm-up" => options with { WarmUp = int.Parse(Value()) },
                "--kiosk-cold-starts" => options with { KioskColdStarts = int.Parse(Value()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options.Rate is > 0 and <= 50 ? options : throw new ArgumentException("--rate is changes per second, above 0 and at most 50.");
    }

    /// <summary>One row: the product on <paramref name="nodes"/> node(s), then the bare hub on as many, with the same phones and plan.</summary>
    private static async Task<FanOutRow> MeasureAsync(int clients, int nodes, Options options, string work)
    {
        Console.WriteLine($"— {clients:N0} phones on {nodes} node(s)");
        var folder = Directory.CreateDirectory(Path.Combine(work, $"{clients}-on-{nodes}")).FullName;
        await using var database = nodes > 1 ? await BenchDatabase.CreateAsync(options.Postgres!) : null;
        var redis = nodes > 1 ? $"{options.Redis},channelPrefix=bench-{Guid.NewGuid():N}" : null;
        var product = await ProductAsync(clients, nodes, options, folder, database, redis);
        Console.WriteLine($"  product: p50 {product.P50:F1} ms, p99 {product.P99:F1} ms, {product.CpuMsPerChange:F0} ms CPU per change, {product.ChangesPerSecond:F2} changes/s");
        var bare = await BareAsync(product, nodes, options, folder, redis);
        Console.WriteLine($"  bare:    p50 {bare.P50:F1} ms, p99 {bare.P99:F1} ms, {bare.CpuMsPerChange:F0} ms CPU per change");
        return new FanOutRow(clients, nodes, product, bare);
    }

    private static async Task<Phase> ProductAsync(int clients, int nodes, Options options, string folder, BenchDatabase? database, string? redis)
    {
        var ports = Enumerable.Range(0, nodes).Select(_ => FreePort()).ToArray();
        var environment = HubEnvironment(folder, ports[0], database, redis);
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        await NodeProcess.RunHubJobAsync(environment, password, "admin", "create-user", "bench-desk", "--role", "reception");
        var kioskKey = (await NodeProcess.RunHubJobAsync(environment, null, "admin", "enrol-kiosk", "bench-kiosk")).Trim();
        // The room as a hub that has run all day has it, half an hour before now: nothing in it is later than the hub's clock.
        var busy = BusyRoom.Make(clients, now: DateTimeOffset.UtcNow.AddMinutes(-30));
        var settings = database is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["Hub:Database"] = "postgres", ["ConnectionStrings:Hub"] = database.ConnectionString };
        await using (var seeding = ChangeBench.Compose(folder, TimeProvider.System, settings))
        {
            await ChangeBench.SeedAsync(seeding, busy);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var tokens = busy.Room.Visits.Where(v => v.IsWaiting).Select(v => v.Ticket.Token).ToArray();
        var hubs = new List<NodeProcess>();
        try
        {
            for (var n = 0; n < nodes; n++)
            {
                hubs.Add(await NodeProcess.StartHubAsync($"hub node {n + 1}", ports[n], HubEnvironment(folder, ports[n], database, redis), Path.Combine(folder, $"hub-{n + 1}.log"), StartWait));
            }

            var desk = await ReceptionAsync(hubs[0].Url, password);
            var kiosk = await ConnectAsync(hubs[0].Url, kioskKey);
            var boards = new BoardSequences(desk);
            var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
            var heads = BenchClinic.Providers
                .Select(p => board.Rows.Where(r => r.ProviderId == p && r.Status == VisitStatus.Waiting).MinBy(r => r.PlaceInLine))
                .OfType<BoardRow>().ToArray();
            var idle = hubs.Sum(h => h.RssBytes());
            await using var phones = await PhoneCrowd.ConnectAsync([.. hubs.Select(h => h.Url)], tokens, capacity: (tokens.Length + 10) * (options.Changes + options.WarmUp) * 2);
            var connected = hubs.Sum(h => h.RssBytes());
            Console.WriteLine($"  {phones.Count:N0} phones connected; hub RSS {idle / 1048576.0:F0} → {connected / 1048576.0:F0} MB");

            var step = 0;
            Func<int, Task> change = async i =>
            {
                var head = heads[step / 4 % heads.Length];
                switch (step++ % 4)
                {
                    case 0:
                        await desk.InvokeAsync<HubResult<BoardRow>>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(head.VisitId, head.Room ?? "Room 1"));
                        break;
                    case 1:
                        await desk.InvokeAsync<HubResult<BoardRow?>>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(head.VisitId, DeskAction.Undo));
                        break;
                    case 2:
                        await kiosk.InvokeAsync<HubResult<TicketView>>(nameof(IWaitingRoomHub.WalkIn),
                            new WalkInRequest(Guid.NewGuid(), "Walk", $"In{step}", new DateOnly(1990, 5, 5), WalkInReasons.Unwell));
                        break;
                    default:
                        await desk.InvokeAsync<HubResult<ReceptionBoard>>(nameof(IWaitingRoomHub.SetProviderDelay),
                            new ProviderDelayRequest(head.ProviderId, step % 8 == 0 ? 0 : 10, "", LateReasonKind.Emergency));
                        break;
                }
            };
            var phase = await DriveAsync(phones, hubs, change, options.WarmUp, options.Changes, options.Rate, boards);
            var stale = await phones.StaleAsync(tokens);
            await desk.DisposeAsync();
            await kiosk.DisposeAsync();
            return phase with { Dropped = phase.Dropped + stale, RssPerConnectionKb = (connected - idle) / 1024.0 / tokens.Length, Tokens = tokens };
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }
        }
    }

    private static async Task<Phase> BareAsync(Phase product, int nodes, Options options, string folder, string? redis)
    {
        var bares = new List<NodeProcess>();
        try
        {
            for (var n = 0; n < nodes; n++)
            {
                bares.Add(await NodeProcess.StartBareAsync($"bare hub {n + 1}", FreePort(), redis, Path.Combine(folder, $"bare-{n + 1}.log"), StartWait));
            }

            await using var driver = await ConnectAsync(bares[0].Url, null);
            // The product's plan: for each change, the tickets that heard of it and a view the size the product sent.
            for (var i = 0; i < product.Plan.Count; i++)
            {
                var planned = product.Plan[i];
                await driver.InvokeAsync(nameof(BareHub.FanOutHub.Plan), i, planned.Phones.Select(p => product.Tokens[p]).ToArray(), planned.View with { Sequence = i });
            }

            var tokens = product.Tokens;
            var idle = bares.Sum(h => h.RssBytes());
            await using var crowd = await PhoneCrowd.ConnectAsync([.. bares.Select(h => h.Url)], tokens, capacity: (tokens.Count + 10) * (product.Plan.Count + options.WarmUp) * 2);
            var connected = bares.Sum(h => h.RssBytes());
            // The same warm-up as the product's, from the start of the plan; then the plan, change by change.
            var count = product.Plan.Count;
            var phase = await DriveAsync(crowd, bares, i => driver.InvokeAsync(nameof(BareHub.FanOutHub.Fire), i < options.WarmUp ? i % count : i - options.WarmUp),
                options.WarmUp, count, options.Rate, boards: null);
            return phase with { RssPerConnectionKb = (connected - idle) / 1024.0 / tokens.Count };
        }
        finally
        {
            foreach (var bare in bares)
            {
                await bare.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// <paramref name="warmUp"/> changes first (not counted), then <paramref name="measured"/> on a fixed schedule of rate a second;
    /// each receipt's latency is against its change's scheduled moment, so a hub that falls behind shows it in every figure after.
    /// </summary>
    private static async Task<Phase> DriveAsync(PhoneCrowd phones, IReadOnlyList<NodeProcess> hubs, Func<int, Task> change, int warmUp, int measured, double rate,
        BoardSequences? boards)
    {
        var total = warmUp + measured;
        var interval = Stopwatch.Frequency / rate;
        var scheduled = new long[total];
        var gcBroke = 0;
        var cpuBefore = TimeSpan.Zero;
        var start = 0L;
        var lastDone = 0L;
        for (var i = 0; i < total; i++)
        {
            if (i == warmUp)
            {
                // The warm-up's last pushes are out before the count starts.
                await Task.Delay(500);
                phones.Clear();
                boards?.Clear();
                cpuBefore = hubs.Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Cpu());
                start = Stopwatch.GetTimestamp() + (long)interval;
            }

            // The window of the change before ends here.
            if (!EndQuiet() && i > warmUp)
            {
                gcBroke++;
            }

            BeginQuiet();
            var at = i < warmUp ? Stopwatch.GetTimestamp() : start + (long)((i - warmUp) * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), at);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            scheduled[i] = at;
            await change(i);
            lastDone = Stopwatch.GetTimestamp();
        }

        // The last pushes: once no phone has heard anything for a second (or ten seconds have passed), the run is over.
        var quietSince = Stopwatch.GetTimestamp();
        var seen = phones.Receipts.Length;
        while (Stopwatch.GetElapsedTime(quietSince) < TimeSpan.FromSeconds(1) && Stopwatch.GetElapsedTime(lastDone) < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            if (phones.Receipts.Length != seen)
            {
                (seen, quietSince) = (phones.Receipts.Length, Stopwatch.GetTimestamp());
            }
        }

        if (!EndQuiet())
        {
            gcBroke++;
        }

        var cpu = hubs.Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Cpu()) - cpuBefore;
        // Which change each receipt belongs to: the product's views carry the room's sequence, and reception's boards give each
        // change's sequence in order (one board per change); the bare hub's views carry the change's number itself.
        var sequences = boards?.Sequences;
        var changeOf = sequences is null
            ? Enumerable.Range(0, measured).ToDictionary(i => (long)i, i => i)
            : sequences.Take(measured).Select((sequence, i) => (sequence, i)).ToDictionary(p => p.sequence, p => p.i);
        var latencies = new List<double>();
        var unmatched = 0;
        var plan = Enumerable.Range(0, measured).Select(_ => new List<int>()).ToArray();
        foreach (var receipt in phones.Receipts)
        {
            if (changeOf.TryGetValue(receipt.Sequence, out var c))
            {
                latencies.Add(Stopwatch.GetElapsedTime(scheduled[warmUp + c], receipt.Ticks).TotalMilliseconds);
                plan[c].Add(receipt.Phone);
            }
            else
            {
                unmatched++;
            }
        }

        latencies.Sort();
        var seconds = Stopwatch.GetElapsedTime(start, lastDone).TotalSeconds + (1 / rate);
        return new Phase(
            P50: Percentile(latencies, 0.50), P95: Percentile(latencies, 0.95), P99: Percentile(latencies, 0.99), Max: latencies.Count > 0 ? latencies[^1] : double.NaN,
            Receipts: latencies.Count, Dropped: phones.Closed + phones.Overflow, CpuMsPerChange: cpu.TotalMilliseconds / measured,
            ChangesPerSecond: measured / seconds, Unmatched: unmatched + (sequences is null ? 0 : Math.Abs(measured - sequences.Count)), GcInWindow: gcBroke,
            RssPerConnectionKb: 0, Tokens: [],
            // For the bare hub: each change's phones, and a view the size the product sent them (the last one a phone that heard it was pushed).
            Plan: [.. plan.Where(p => p.Count > 0).Select(p => new PlannedChange([.. p], phones.Last[p[0]]!))]);
    }

    private static double Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    /// <summary>Collects, then asks for a no-GC region big enough for one change's receipts (the biggest the runtime allows).</summary>
    private static void BeginQuiet()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        foreach (var size in new long[] { 240L << 20, 128L << 20, 64L << 20, 16L << 20 })
        {
            try
            {
                if (GC.TryStartNoGCRegion(size))
                {
                    return;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime allows: ask for less.
            }
        }
    }

    /// <summary>Ends the no-GC region; false if a collection happened inside it (the window's figures may hold a pause of ours).</summary>
    private static bool EndQuiet()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return false;
        }

        try
        {
            GC.EndNoGCRegion();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Dictionary<string, string> HubEnvironment(string folder, int port, BenchDatabase? database, string? redis)
    {
        var environment = new Dictionary<string, string>
        {
            ["Hub__DataDirectory"] = folder,
            ["Hub__ClinicFile"] = Path.Combine(folder, "clinic.json"),
            ["Hub__PublicUrl"] = $"http://127.0.0.1:{port}",
            // Thousands of phones on one loopback address, and a bench kiosk making a walk-in every few seconds, are this run's point.
            ["Limits__ConnectionsPerAddress"] = "1000000",
            ["Limits__AnonymousCallsPerAddress__Burst"] = "1000000",
            ["Limits__AnonymousCallsPerAddress__Refill"] = "1000000",
            ["Limits__CheckInsPerKiosk__Burst"] = "1000000",
            ["Limits__CheckInsPerKiosk__Refill"] = "1000000",
        };
        BenchClinic.Write(folder);
        if (database is not null)
        {
            environment["Hub__Database"] = "postgres";
            environment["ConnectionStrings__Hub"] = database.ConnectionString;
            environment["Hub__Redis"] = redis!;
        }

        return environment;
    }

    /// <summary>Reception as a browser signs in (the form and its antiforgery token), then its hub connection with that cookie.</summary>
    private static async Task<HubConnection> ReceptionAsync(Uri hub, string password)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = hub };
        var page = await http.GetStringAsync(new Uri("/staff/sign-in", UriKind.Relative));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "bench-desk", ["Password"] = password, ["_handler"] = "staff-sign-in", ["__RequestVerificationToken"] = token,
        });
        using var signedIn = await http.PostAsync(new Uri("/staff/sign-in", UriKind.Relative), form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The bench's reception account could not sign in ({signedIn.StatusCode}).");
        }

        var connection = new HubConnectionBuilder().WithUrl(new Uri(hub, HubRoutes.WaitingRoom), o => o.Cookies = cookies).Build();
        await connection.StartAsync();
        return connection;
    }

    private static async Task<HubConnection> ConnectAsync(Uri hub, string? key)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(hub, HubRoutes.WaitingRoom), o =>
        {
            if (key is not null)
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(key);
            }
        }).Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>
    /// The hub's cold start (process start to its first 200 from /healthz, the median of several, on a migrated database), then,
    /// against that hub, the kiosk's to its first usable screen (<see cref="KioskColdStart"/>).
    /// </summary>
    private static async Task<(double? Hub, double? Kiosk, double? KioskUsable)> ColdStartsAsync(Options options, string work)
    {
        if (options.ColdStarts < 1)
        {
            return (null, null, null);
        }

        var folder = Directory.CreateDirectory(Path.Combine(work, "cold-start")).FullName;
        var environment = HubEnvironment(folder, 0, null, null);
        var kioskKey = (await NodeProcess.RunHubJobAsync(environment, null, "admin", "enrol-kiosk", "bench-kiosk")).Trim();
        var times = new List<double>();
        for (var i = 0; i < options.ColdStarts; i++)
        {
            var port = FreePort();
            await using var hub = await NodeProcess.StartHubAsync("hub (cold start)", port, HubEnvironment(folder, port, null, null), Path.Combine(folder, "hub.log"), StartWait);
            times.Add(hub.StartMs);
            if (i == options.ColdStarts - 1 && options.KioskColdStarts > 0)
            {
                Console.WriteLine($"— hub cold start to /healthz 200: {string.Join(", ", times.Select(t => $"{t:F0}"))} ms");
                var (rendered, usable) = await KioskColdStart.MeasureAsync(hub.Url, kioskKey, folder, options.KioskColdStarts, StartWait);
                return (BenchStats.Median(times), rendered, usable);
            }
        }

        Console.WriteLine($"— hub cold start to /healthz 200: {string.Join(", ", times.Select(t => $"{t:F0}"))} ms");
        return (BenchStats.Median(times), null, null);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>Reception's boards in the order they came: each change sends one, so the n-th board's sequence is the n-th change's.</summary>
    private sealed class BoardSequences
    {
        private readonly List<long> _sequences = [];

        public BoardSequences(HubConnection desk) =>
            desk.On<BoardOnlySequence>(nameof(IWaitingRoomClient.BoardChanged), board =>
            {
                lock (_sequences)
                {
                    _sequences.Add(board.Sequence);
                }
            });

        public IReadOnlyList<long> Sequences
        {
            get
            {
                lock (_sequences)
                {
                    return [.. _sequences];
                }
            }
        }

        public void Clear()
        {
            lock (_sequences)
            {
                _sequences.Clear();
            }
        }

        /// <summary>The one field of a board the bench needs; the rest of it is read past, not built.</summary>
        private sealed record BoardOnlySequence(long Sequence);
    }
}

/// <summary>A PostgreSQL database of its own on the server the script started, dropped afterwards.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private BenchDatabase(string server, string name) => (_server, _name) = (server, name);

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<BenchDatabase> CreateAsync(string server)
    {
        var database = new BenchDatabase(server, $"kiosk_bench_{Guid.NewGuid():N}");
        await database.OnServerAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
