using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using Kiosk.Contracts;
using Kiosk.Hub.Tests.Limits;
using Kiosk.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>
/// Hostile input, fuzzed: every HTTP endpoint the hub's routing lists and every method of the waiting
/// room's hub (both found by reflection, so a new one is fuzzed without touching this file) get thousands
/// of seeded hostile payloads on a real hub. Each is answered with a 4xx (or a 2xx/3xx when it happens to
/// be harmless), a refusal or a HubException with a reason: never a 5xx, never an unhandled error, never
/// silence; the hub is ready afterwards, and nothing in its database changed.
/// <para>
/// Keeping the data check honest: no payload can be a valid command. Every id is a fresh random GUID or
/// not a GUID, every token and code has a character no token or code has, and a walk-in (the one command
/// that names nothing existing) always has an impossible birth date (see <see cref="HubPayloads"/>). So the
/// whole database must be unchanged, except the tables refusals write by design (<see cref="RoomSnapshot.WrittenByRefusals"/>).
/// </para>
/// Replay a run with KIOSK_FUZZ_SEED=n (the seed is printed).
/// </summary>
[NonParallelizable]
[Category(HubDatabaseCategories.SqliteFile)]
public sealed class HostileInputTests
{
    private const int CallsPerHubMethod = 200;
    private const int RequestsPerEndpoint = 250;
    private const int RequestsPerFile = 4;
    private const int Lanes = 3;

    /// <summary>Every limit far above the fuzz: a "too many" refusal would be honest, but would hide what the payload reaches.</summary>
    private static readonly Dictionary<string, string> NoLimits = new[] { "PagesPerAddress", "AnonymousCallsPerAddress", "LookupsPerKiosk", "CheckInsPerKiosk", "QuestionsPerTicket", "HelpPerTicket" }
        .SelectMany(b => new[] { ($"Limits:{b}:Burst", "10000000"), ($"Limits:{b}:Refill", "10000000"), ($"Limits:{b}:Every", "00:01:00") })
        .Append(("Limits:ConnectionsPerAddress", "100000"))
        .ToDictionary(s => s.Item1, s => s.Item2);

    private readonly RecordedLogs _logs = new();
    private readonly int _seed = int.TryParse(Environment.GetEnvironmentVariable("KIOSK_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 18_2026;
    private HubServer _server = null!;
    private FuzzCallers _callers = null!;

    [OneTimeSetUp]
    public async Task StartHub()
    {
        _server = new HubServer(settings: NoLimits, logs: _logs);
        _callers = await FuzzCallers.SignInAsync(_server);

        // The demo day's appointments are imported when the day is first touched: touched here, so the snapshots see only the fuzz.
        Assert.That(await StillServesEveryRoleAsync(), Is.Empty);
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _callers.Dispose();
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public void Every_kind_of_endpoint_is_fuzzed()
    {
        var routes = Endpoints().Select(e => e.Route.RawText).ToList();

        Assert.That(routes, Is.SupersetOf(new[] { "/t/{token}", "/admin/exports/{kind}.csv", "/api/history/export", "/staff/callbacks/report.csv", "/clinic/logo",
            "/staff/sign-in", "/staff/sign-out", "/healthz", "/healthz/live", "/healthz/ready", "/reception", "/display" }));
        Assert.That(HubMethods().Select(m => m.Name), Is.SupersetOf(typeof(IWaitingRoomHub).GetMethods().Select(m => m.Name)));
    }

    [Test]
    public async Task Hostile_calls_to_every_hub_method_are_refused_with_a_reason_and_change_nothing()
    {
        var values = new HostileValues(new Random(_seed));
        var payloads = new HubPayloads(values);
        var work = HubMethods()
            .SelectMany(m => Enumerable.Range(0, CallsPerHubMethod).Select(_ => (Caller: CallerFor(m, values), Payload: payloads.Next(m))))
            .OrderBy(_ => values.Random.Next())
            .ToList();

        var problems = await RunAsync(work.Count, "hub calls", () => Task.WhenAll(work
            .GroupBy(w => w.Caller.Role)
            .SelectMany(role => role.Select((w, i) => (w, i)).GroupBy(x => x.i % Lanes, x => x.w))
            .Select(lane => HubLaneAsync(lane.First().Caller, [.. lane.Select(w => w.Payload)]))));

        Assert.That(work.Count, Is.GreaterThanOrEqualTo(6_000));
        Assert.That(problems, Is.Empty, Summary(problems));
    }

    [Test]
    public async Task Hostile_requests_to_every_endpoint_get_a_4xx_never_a_5xx_and_change_nothing()
    {
        var values = new HostileValues(new Random(_seed + 1));
        var payloads = new RestPayloads(values) { SignInToken = _callers.SignInToken };
        string[] roles = [FuzzCallers.Phone, Kiosk.Hub.Auth.Roles.Kiosk, Kiosk.Hub.Auth.Roles.Reception, FuzzCallers.Admin];
        var work = Endpoints()
            .SelectMany(e => Enumerable.Range(0, e.IsFile ? RequestsPerFile : RequestsPerEndpoint).Select(_ => (Role: values.Pick(roles), Payload: payloads.Next(e))))
            .ToList();

        await TestContext.Out.WriteLineAsync($"Endpoints: {string.Join("; ", Endpoints().Select(e => e.Name + (e.IsFile ? " (file)" : "")))}");
        var problems = await RunAsync(work.Count, "HTTP requests", () => Task.WhenAll(work
            .Select((w, i) => (w, i)).GroupBy(x => x.i % (Lanes * 2), x => x.w)
            .Select(lane => Task.Run(() => RestLaneAsync([.. lane])))));

        Assert.That(work.Count, Is.GreaterThanOrEqualTo(4_000));
        Assert.That(problems, Is.Empty, Summary(problems));
    }

    /// <summary>Runs the fuzz between two snapshots of the database; afterwards the hub must be ready, have logged no fault, and have changed nothing.</summary>
    private async Task<List<string>> RunAsync(int count, string what, Func<Task<string[][]>> fuzz)
    {
        var before = RoomSnapshot.Take(_server.DataDirectory);
        var logged = _logs.Lines.Count;
        var clock = Stopwatch.StartNew();

        var problems = (await fuzz()).SelectMany(p => p).ToList();

        await TestContext.Out.WriteLineAsync($"{count} hostile {what}, seed {_seed} (KIOSK_FUZZ_SEED), {clock.Elapsed.TotalSeconds:F1} s");
        using var ready = await _callers.Http(FuzzCallers.Phone).GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        if (ready.StatusCode != HttpStatusCode.OK) problems.Add($"the hub is not ready afterwards: {(int)ready.StatusCode}");
        problems.AddRange(await StillServesEveryRoleAsync());
        problems.AddRange(_logs.Lines.Skip(logged).Where(l => l.Level >= LogLevel.Error).Select(l => $"logged {l.Level} in {l.Category}: {l.Message} {l.Exception?.GetType().Name}: {l.Exception?.Message}"));
        var after = RoomSnapshot.Take(_server.DataDirectory);
        problems.AddRange(before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"table {t} changed: {before.GetValueOrDefault(t) ?? "absent"} → {after.GetValueOrDefault(t) ?? "absent"}"));
        return problems;
    }

    private async Task<string[]> HubLaneAsync(FuzzCaller caller, List<HubPayload> payloads)
    {
        var problems = new List<string>();
        var connection = await RawHubConnection.OpenAsync(_server.BaseAddress, caller.Key, caller.Cookies);
        try
        {
            foreach (var payload in payloads)
            {
                var answer = await connection.InvokeAsync(payload.Target, payload.Arguments);
                if (HubVerdict.Problem(payload, answer) is { } problem)
                {
                    problems.Add($"{payload.Method} as {caller.Role}, {payload.Kind}: {problem}; target {Shorten(JsonText.Quote(payload.Target))}, arguments {Shorten(payload.Arguments)}");
                }

                if (answer.Closed || !connection.IsOpen)
                {
                    await connection.DisposeAsync();
                    connection = await RawHubConnection.OpenAsync(_server.BaseAddress, caller.Key, caller.Cookies);
                }
            }
        }
        finally
        {
            await connection.DisposeAsync();
        }

        return [.. problems];
    }

    private async Task<string[]> RestLaneAsync(List<(string Role, RestPayload Payload)> work)
    {
        var problems = new List<string>();
        foreach (var (role, payload) in work)
        {
            var http = payload.WithToken ? _callers.SignInHttp : _callers.Http(role);
            using var request = payload.ToRequest();
            try
            {
                using var response = await http.SendAsync(request);
                await response.Content.LoadIntoBufferAsync();
                if ((int)response.StatusCode >= 500) problems.Add($"{payload} as {role}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
            }
            catch (HttpRequestException e)
            {
                problems.Add($"{payload} as {role}: no answer ({e.Message})");
            }
        }

        return [.. problems];
    }

    /// <summary>After the storm, each role's ordinary call still works on a fresh connection.</summary>
    private async Task<IEnumerable<string>> StillServesEveryRoleAsync()
    {
        var problems = new List<string>();
        foreach (var (role, method) in new[] { (Kiosk.Hub.Auth.Roles.Kiosk, nameof(IWaitingRoomHub.Appearance)), (Kiosk.Hub.Auth.Roles.Reception, nameof(IWaitingRoomHub.WatchBoard)), (FuzzCallers.Phone, nameof(IWaitingRoomHub.WatchDisplay)) })
        {
            var caller = _callers[role];
            await using var connection = await RawHubConnection.OpenAsync(_server.BaseAddress, caller.Key, caller.Cookies);
            var answer = await connection.InvokeAsync(method, "[]");
            if (answer.Result is null) problems.Add($"{role} can no longer call {method}: {answer}");
        }

        return problems;
    }

    /// <summary>Every route the hub's routing lists, except Blazor's own circuit transport (/_blazor…): framework code with its own protocol, not the hub's input. Its pages are in.</summary>
    private List<RestEndpoint> Endpoints() =>
        [.. _server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && !route.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal))
            .Select(e => new RestEndpoint(e.RoutePattern, e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? [.. m] : ["GET"], IsFile(e)))
            .DistinctBy(e => e.Name)
            .OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>A static file (MapStaticAssets): a few requests each are enough, its handler is the same for all.</summary>
    private static bool IsFile(RouteEndpoint endpoint) => endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    /// <summary>The contract's methods and any other public method of the hub class: a method added to either is fuzzed.</summary>
    private static List<MethodInfo> HubMethods()
    {
        var hub = typeof(WaitingRoomHub);
        var contract = typeof(IWaitingRoomHub).GetMethods().Select(m => hub.GetMethod(m.Name, [.. m.GetParameters().Select(p => p.ParameterType)])!);
        var declared = hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName && m.GetBaseDefinition() == m);
        return [.. contract.Union(declared).DistinctBy(m => m.Name).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    /// <summary>Mostly the role the method is for (kiosk, reception, or anyone: a phone); one call in ten from a role it is not for.</summary>
    private FuzzCaller CallerFor(MethodInfo method, HostileValues values)
    {
        var role = method.GetCustomAttribute<AuthorizeAttribute>()?.Roles ?? FuzzCallers.Phone;
        return values.Chance(0.1) ? values.Pick([_callers[Kiosk.Hub.Auth.Roles.Kiosk], _callers[Kiosk.Hub.Auth.Roles.Reception], _callers[FuzzCallers.Phone]]) : _callers[role];
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + $"… ({text.Length} characters)" : text;

    private static string Summary(List<string> problems) => $"{problems.Count} problems; the first:\n  " + string.Join("\n  ", problems.Take(25));
}
