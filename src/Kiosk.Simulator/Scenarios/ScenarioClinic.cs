using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Simulator.Scenarios;

public static class ScenarioClinic
{
    /// <summary>
    /// The clinic as the domain (and so the estimator) knows it: configured visit lengths and
    /// scheduled hours, never the true durations, lateness or interruptions.
    /// </summary>
    public static ClinicProfile ToClinicProfile(this Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var providers = scenario.Providers.Select(p => new Provider(p.Id, p.Name, p.TicketPrefix)).ToList();
        var visitTypes = scenario.VisitTypes.Select(v => new VisitType(v.Id, v.Name, v.ConfiguredMinutes)).ToList();
        var schedules = scenario.Providers.ToDictionary(
            p => p.Id,
            p => new ProviderSchedule(p.Start, p.End, p.Lunch?.At, p.Lunch?.Minutes ?? 0));
        return new ClinicProfile(
            scenario.Clinic.Id,
            scenario.Clinic.Name,
            TimeZoneInfo.FindSystemTimeZoneById(scenario.Clinic.TimeZone),
            providers,
            visitTypes,
            scenario.Clinic.WalkInPolicy,
            schedules);
    }
}
