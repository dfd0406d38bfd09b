using Kiosk.Simulator.Scenarios;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Room;

public static class DemoHistorySetup
{
    /// <summary>
    /// With Hub:SeedDemoHistory, the demo history scenario (Hub:DemoHistoryScenario, relative to
    /// the content root) read and checked against the clinic now: a file that does not load, or
    /// that simulates other providers, visit lengths or time zone than the clinic's, stops the hub
    /// at start with what is wrong, rather than teaching the estimator another clinic's days.
    /// </summary>
    public static IServiceCollection AddDemoHistory(this IServiceCollection services, IConfiguration config, IHostEnvironment env, ClinicProfile clinic)
    {
        if (!config.GetValue("Hub:SeedDemoHistory", false))
        {
            return services;
        }

        var path = Path.GetFullPath(config["Hub:DemoHistoryScenario"] ?? "../../kiosk-content/demo/history-scenario.json", env.ContentRootPath);
        var scenario = Load(path, clinic);
        return services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DemoHistory>(sp, scenario));
    }

    /// <summary>Before the hub serves anyone, so the first estimate already learns from the demo's past.</summary>
    public static async Task SeedDemoHistoryAsync(this WebApplication app)
    {
        if (app.Services.GetService<DemoHistory>() is { } history)
        {
            await history.EnsureSeededAsync();
        }
    }

    internal static Scenario Load(string path, ClinicProfile clinic)
    {
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Load(path);
        }
        catch (ScenarioException e)
        {
            throw new InvalidDataException($"Demo history scenario {e.Message}", e);
        }

        var problems = Mismatches(scenario, clinic);
        return problems.Count == 0
            ? scenario
            : throw new InvalidDataException($"Demo history scenario {Path.GetFileName(path)} does not match clinic '{clinic.Id}': {string.Join("; ", problems)}");
    }

    /// <summary>Where the scenario's clinic is not the hub's, each naming the scenario's field.</summary>
    internal static IReadOnlyList<string> Mismatches(Scenario scenario, ClinicProfile clinic)
    {
        var simulated = scenario.ToClinicProfile();
        var problems = new List<string>();
        if (simulated.TimeZone.Id != clinic.TimeZone.Id)
        {
            problems.Add($"clinic.timeZone: {simulated.TimeZone.Id}, the clinic's is {clinic.TimeZone.Id}.");
        }

        if (simulated.WalkIns != clinic.WalkIns)
        {
            problems.Add($"clinic.walkInPolicy: {simulated.WalkIns}, the clinic's is {clinic.WalkIns}.");
        }

        problems.AddRange(simulated.Providers
            .Where(p => !clinic.Providers.Any(c => c.Id == p.Id))
            .Select(p => $"providers[{p.Id}]: the clinic has no such provider."));
        foreach (var type in simulated.VisitTypes)
        {
            var booked = clinic.VisitTypes.FirstOrDefault(v => v.Id == type.Id);
            if (booked is null)
            {
                problems.Add($"visitTypes[{type.Id}]: the clinic has no such visit type.");
            }
            else if (booked.Minutes != type.Minutes)
            {
                problems.Add($"visitTypes[{type.Id}].configuredMinutes: {type.Minutes}, the clinic books {booked.Minutes}.");
            }
        }

        return problems;
    }
}
