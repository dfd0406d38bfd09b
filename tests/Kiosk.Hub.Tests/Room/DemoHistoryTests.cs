using Kiosk.Hub.Persistence;
using Kiosk.Hub.Room;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Room;

/// <summary>The demo starts with a month of simulated, anonymous past days, and its first estimates are learned from them.</summary>
public sealed class DemoHistoryTests
{
    private const string ColdReason = "little history";
    private static readonly Dictionary<string, string> WithHistory = new() { ["Hub:SeedDemoHistory"] = "true" };
    private HubServer _demo = null!;

    [OneTimeSetUp]
    public void StartDemoHub() => _demo = new HubServer(settings: WithHistory);

    [OneTimeTearDown]
    public void StopDemoHub()
    {
        _demo.Dispose();
        _demo.DeleteData();
    }

    [Test]
    public async Task A_demo_hub_starts_with_the_weekdays_of_the_four_weeks_before_today()
    {
        var today = Today(_demo);
        var stored = await PastDaysAsync(_demo, today);

        Assert.That(stored, Is.EqualTo(DemoHistory.DaysBefore(today).Reverse()));
        Assert.That(stored, Has.Count.EqualTo(20));
        Assert.That(stored, Has.All.Matches<DateOnly>(d => d >= today.AddDays(-28) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
    }

    [Test]
    public async Task A_demo_check_in_is_estimated_from_the_learned_month_not_a_cold_start()
    {
        await using var kiosk = await _demo.KioskAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Adeyemi);

        var learned = _demo.Services.GetRequiredService<LearnedHistory>().Past;
        Assert.That(learned.Days, Is.EqualTo(20));
        Assert.That(learned.CompletedVisits, Is.GreaterThan(1000));
        Assert.That(ticket.Estimate!.Reason, Does.Not.Contain(ColdReason));
    }

    [Test]
    public async Task A_hub_without_the_demo_history_estimates_the_same_check_in_from_a_cold_start()
    {
        using var plain = new HubServer();
        await using var kiosk = await plain.KioskAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Adeyemi);

        Assert.That(await PastDaysAsync(plain, Today(plain)), Is.Empty);
        Assert.That(ticket.Estimate!.Reason, Does.Contain(ColdReason));
        plain.DeleteData();
    }

    [Test]
    public async Task Nobody_in_the_demo_history_has_a_name_a_birth_date_or_anything_they_told_us()
    {
        var today = Today(_demo);
        await using var scope = _demo.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.Day < today).ToListAsync();
        var visits = await db.Visits.AsNoTracking().Where(v => v.Day < today).ToListAsync();
        var forgotten = PatientIdentity.Forgotten;

        Assert.That(appointments, Has.Count.GreaterThan(1000));
        Assert.That(appointments.Select(a => (a.FirstName, a.LastName, a.DateOfBirth, a.ConfirmationCode)).Distinct(),
            Is.EqualTo(new[] { (forgotten.FirstName, forgotten.LastName, forgotten.DateOfBirth, (string?)null) }));
        Assert.That(visits.Where(v => v.CareNotes is not null || v.PromisedReason is not null || v.PromisedLikely is not null), Is.Empty);
        Assert.That(visits.Select(v => v.CheckInKey).Distinct().Count(), Is.EqualTo(visits.Count), "each visit has a check-in key of its own");
    }

    [Test]
    public async Task A_restarted_demo_hub_keeps_its_past_and_does_not_simulate_it_again()
    {
        string dataDirectory, kioskKey, staff;
        int appointmentsBefore;
        DateOnly today;
        using (var before = new HubServer(settings: WithHistory))
        {
            (dataDirectory, kioskKey, staff, today) = (before.DataDirectory, before.KioskKey, before.StaffPasscode, Today(before));
            appointmentsBefore = await PastAppointmentsAsync(before, today);
        }

        using var after = new HubServer(dataDirectory, kioskKey, staff, settings: WithHistory);

        Assert.That(await PastAppointmentsAsync(after, today), Is.EqualTo(appointmentsBefore));
        Assert.That(await PastDaysAsync(after, today), Has.Count.EqualTo(20));
        after.DeleteData();
    }

    [Test]
    public async Task The_mornings_first_range_is_calibrated_on_how_the_latest_past_days_ranges_did()
    {
        string dataDirectory, kioskKey, staff;
        DateOnly today;
        double[] yesterdaysWaits;
        using (var before = new HubServer(settings: WithHistory))
        {
            (dataDirectory, kioskKey, staff, today) = (before.DataDirectory, before.KioskKey, before.StaffPasscode, Today(before));
            await using var scope = before.Services.CreateAsyncScope();
            var yesterday = (await PastDaysAsync(before, today))[0];
            var room = await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().LoadDayAsync(yesterday);
            var called = room.Visits.Where(v => v.CalledAt is not null && v.ArrivedAt is not null).ToList();
            yesterdaysWaits = [.. called.Select(v => (v.CalledAt!.Value - v.ArrivedAt!.Value).TotalMinutes).Order()];

            // Suppose yesterday everyone had been told 0–1–2 minutes: every range far too short.
            var db = scope.ServiceProvider.GetRequiredService<HubDb>();
            db.FirstForecasts.AddRange(called.Select(v => new FirstForecastRow { VisitId = v.Id, Day = yesterday, Low = 0, Likely = 1, High = 2 }));
            await db.SaveChangesAsync();
        }

        using var after = new HubServer(dataDirectory, kioskKey, staff, settings: WithHistory);
        await using var kiosk = await after.KioskAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Adeyemi);

        var ninetiethWait = yesterdaysWaits[(int)(0.9 * (yesterdaysWaits.Length - 1))];
        Assert.That(after.Services.GetRequiredService<CalibratedEstimates>().PrimedFor, Is.EqualTo(today));
        Assert.That(ticket.Estimate!.HighMinutes, Is.GreaterThanOrEqualTo(ninetiethWait - 2),
            "yesterday's high ends fell short of nearly every wait, so the first patient today is given room for one as long as nine in ten of yesterday's");
        after.DeleteData();
    }

    private static DateOnly Today(HubServer hub) =>
        hub.Services.GetRequiredService<ClinicProfile>().Today(hub.Services.GetRequiredService<TimeProvider>());

    private static async Task<IReadOnlyList<DateOnly>> PastDaysAsync(HubServer hub, DateOnly today)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().PastDaysAsync(today, 100);
    }

    private static async Task<int> PastAppointmentsAsync(HubServer hub, DateOnly today)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDb>().Appointments.CountAsync(a => a.Day < today);
    }
}
