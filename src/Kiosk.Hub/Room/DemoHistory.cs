using System.Diagnostics;
using Kiosk.Simulator.Randomness;
using Kiosk.Simulator.Scenarios;
using Kiosk.Simulator.Simulation;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Room;

/// <summary>
/// The demo's past (Hub:SeedDemoHistory): on a hub with no finished day, the weekdays of the four
/// weeks before today are simulated from the demo history scenario and stored as finished days,
/// so the demo's first ranges are learned from a month of days rather than a cold start. Patients
/// are <see cref="PatientIdentity.Forgotten"/> with no confirmation code, as on a day past
/// retention: nothing in the demo's past looks like anyone. Runs before the hub serves anyone,
/// so <see cref="LearnedHistory"/> first learns from these days.
/// </summary>
public sealed class DemoHistory(Scenario scenario, ClinicProfile clinic, TimeProvider time, IServiceScopeFactory scopes, ILogger<DemoHistory> log)
{
    public const int Weeks = 4;

    /// <summary>The same past every time for the same dates: each day is simulated with a seed derived from its date.</summary>
    private const int Seed = 20261202;

    /// <summary>The days simulated, oldest first: Monday to Friday (the scenario is a weekday; the demo clinic's Saturday is the desk's morning only).</summary>
    public static IReadOnlyList<DateOnly> DaysBefore(DateOnly today) =>
        [.. Enumerable.Range(1, Weeks * 7).Reverse().Select(back => today.AddDays(-back))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))];

    public async Task EnsureSeededAsync(CancellationToken ct = default)
    {
        var today = clinic.Today(time);
        await using (var scope = scopes.CreateAsyncScope())
        {
            if ((await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().PastDaysAsync(today, 1, ct)).Count > 0)
            {
                return; // the hub has a past of its own (or seeded one on an earlier start)
            }
        }

        var took = Stopwatch.StartNew();
        var days = DaysBefore(today);
        foreach (var day in days)
        {
            var simulated = ClinicSimulator.Run(scenario, day, Seeds.Derive(Seed, day.DayNumber));
            // A fresh store (and change tracker) for each day: saving the last day does not go over every row of the days before it.
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
            await using var transaction = await store.BeginAsync(ct);
            await store.AddFinishedDayAsync(Forgotten(simulated.Room), ct);
            await transaction.CommitAsync(ct);
        }

        log.LogInformation("Seeded {Days} simulated demo day(s) before {Today} in {Milliseconds} ms.", days.Count, today, took.ElapsedMilliseconds);
    }

    /// <summary>The simulated day with the hub's clinic and nobody in it: what a finished day looks like once its patients are forgotten.</summary>
    private WaitingRoomDay Forgotten(WaitingRoomDay simulated)
    {
        var appointments = simulated.Appointments.ToDictionary(
            a => a.Id,
            a => a with { Patient = PatientIdentity.Forgotten, ConfirmationCode = null });
        var visits = simulated.Visits.Select(v => Visit.Restore(v.Ticket, appointments[v.Appointment.Id], v.Trail));
        return new WaitingRoomDay(clinic, simulated.Day, appointments.Values, visits, new Dictionary<Guid, Guid>(), simulated.Delays);
    }
}
