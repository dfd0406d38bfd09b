using System.Globalization;
using Kiosk.Simulator.Randomness;
using Kiosk.Simulator.Scenarios;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Simulator.Simulation;

/// <summary>
/// Draws everything random about a day up front, in a fixed order: providers, bookings, walk-ins.
/// Draws that only surges and visit mixes need are made only when a scenario has them, so a
/// scenario without them draws exactly as before they existed.
/// </summary>
/// <param name="scenario">The scenario with that day's events applied to its providers.</param>
/// <param name="lateMinutes">Provider id → minutes late that day, instead of their drawn lateStart.</param>
internal sealed class DayPlanner(Scenario scenario, IReadOnlyDictionary<string, double> lateMinutes, DateOnly day, SimClock clock, Random random)
{
    private const long NoShowMarkedAfter = 30 * 60;
    private int _patientNumber;

    public IReadOnlyList<ProviderPlan> Providers() => [.. scenario.Providers.Select(Provider)];

    public List<PlannedPatient> Bookings()
    {
        var patients = new List<PlannedPatient>();
        foreach (var provider in scenario.Providers)
        {
            var types = scenario.VisitTypes.Where(t => provider.Takes(t.Id)).ToList();
            foreach (var (from, to) in Sessions(provider))
            {
                var slot = provider.SlotMinutes * 60L;
                for (var t = from; t + slot <= to;)
                {
                    if (!random.Chance(scenario.Patients.FillRate))
                    {
                        t += slot;
                        continue;
                    }

                    var type = random.Pick(types, v => v.BookingShare);
                    patients.Add(Booked(provider, type, t));
                    if (random.Chance(scenario.Patients.OverbookRate))
                    {
                        patients.Add(Booked(provider, random.Pick(types, v => v.BookingShare), t));
                    }

                    t += slot * Math.Max(1, (int)Math.Ceiling(type.ConfiguredMinutes / (double)provider.SlotMinutes));
                }
            }
        }

        return patients;
    }

    public List<PlannedPatient> WalkIns()
    {
        var patients = new List<PlannedPatient>();
        var peak = Math.Max(scenario.Patients.WalkIns?.PerHour ?? 0, scenario.Patients.WalkIns?.Rates?.Max(r => r.PerHour) ?? 0);
        if (scenario.Patients.WalkIns is not { } walkIns || peak <= 0)
        {
            return patients;
        }

        var takers = walkIns.Providers.Select(scenario.Provider).ToList();
        var until = takers.Max(p => SimClock.Seconds(p.End)) - (30 * 60);
        var shares = walkIns.VisitTypes.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var t = (double)takers.Min(p => SimClock.Seconds(p.Start));
        while ((t += random.Exponential(3600 / peak)) < until)
        {
            // Thinning: candidates come at the peak rate and each one stays with chance rate/peak.
            if (walkIns.Rates is not null && !random.Chance(walkIns.PerHourAt(TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(t))) / peak))
            {
                continue;
            }

            var typeId = random.Pick(shares, s => s.Value).Key;
            patients.Add(Patient(null, typeId, shows: true, arriveAt: (long)t, bookedAt: (long)t));
        }

        return patients;
    }

    private ProviderPlan Provider(ProviderSpec provider)
    {
        var start = SimClock.Seconds(provider.Start);
        var late = provider.LateStart is { } l ? random.NonNegativeNormal(l.Mean, l.Sd) : 0;
        var actualStart = start + SimClock.Seconds(late);
        var overrun = provider.Lunch?.Overrun is { } o ? random.NonNegativeNormal(o.Mean, o.Sd) : 0;
        var lunchSeconds = SimClock.Seconds((provider.Lunch?.Minutes ?? 0) + overrun);
        var interruptions = new List<(long At, long Seconds)>();
        if (provider.Interruptions is { PerHour: > 0 } every)
        {
            var t = (double)actualStart;
            while ((t += random.Exponential(3600 / every.PerHour)) < SimClock.Seconds(provider.End))
            {
                interruptions.Add(((long)t, SimClock.Seconds(random.LogNormal(every.Duration.Median, every.Duration.Sigma))));
            }
        }

        // A late event sets the start after everything is drawn as without it, so the rest of the day draws the same;
        // interruptions that would have come before the provider arrives do not happen.
        if (lateMinutes.TryGetValue(provider.Id, out var exactly))
        {
            actualStart = start + SimClock.Seconds(exactly);
            interruptions.RemoveAll(i => i.At < actualStart);
        }

        var lunchAt = provider.Lunch is { } lunch ? SimClock.Seconds(lunch.At) : (long?)null;
        var sickAt = provider.SickAt is { } sick ? SimClock.Seconds(sick) : (long?)null;
        return new ProviderPlan(actualStart, lunchAt, lunchSeconds, interruptions, sickAt);
    }

    private static IEnumerable<(long From, long To)> Sessions(ProviderSpec provider)
    {
        var (start, end) = (SimClock.Seconds(provider.Start), SimClock.Seconds(provider.End));
        if (provider.Lunch is not { } lunch)
        {
            return [(start, end)];
        }

        var lunchAt = SimClock.Seconds(lunch.At);
        return [(start, lunchAt), (Math.Min(end, lunchAt + (lunch.Minutes * 60L)), end)];
    }

    private PlannedPatient Booked(ProviderSpec provider, VisitTypeSpec type, long startsAt)
    {
        var identity = Identity();
        var booking = new Appointment(random.NextGuid(), day, clock.At(startsAt), provider.Id, type.Id, identity);
        var shows = !random.Chance(scenario.Patients.NoShowRate);
        var offset = random.Normal(scenario.Patients.ArrivalOffset.Mean, scenario.Patients.ArrivalOffset.Sd);
        var arriveAt = shows ? startsAt + SimClock.Seconds(offset) : startsAt + NoShowMarkedAfter;
        return Patient(booking, type.Id, shows, arriveAt, startsAt, identity);
    }

    private PlannedPatient Patient(Appointment? booking, string typeId, bool shows, long arriveAt, long bookedAt, PatientIdentity? identity = null) => new()
    {
        BookedAt = bookedAt,
        Identity = identity ?? Identity(),
        Booking = booking,
        VisitTypeId = typeId,
        Shows = shows,
        ArriveAt = arriveAt,
        PatienceSeconds = scenario.Patients.Patience is { } p ? random.LogNormal(p.Median, p.Sigma) * 60 : double.PositiveInfinity,
        DurationZ = random.StandardNormal(),
        WalkToRoomSeconds = random.Next(60, 121),
        CheckInKey = random.NextGuid(),
        Component = scenario.VisitType(typeId).Mix is { } mix ? random.Pick(Enumerable.Range(0, mix.Count).ToList(), k => mix[k].Share) : 0,
    };

    private PatientIdentity Identity()
    {
        var number = (++_patientNumber).ToString("0000", CultureInfo.InvariantCulture);
        var born = new DateOnly(1940, 1, 1).AddDays(random.Next(0, 80 * 365));
        return new PatientIdentity("Patient", number, born);
    }
}
