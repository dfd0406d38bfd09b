using Kiosk.Contracts;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Persistence;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Integrations;

/// <summary>A clinic's own schedule, imported into a real hub with no demo day: the kiosk finds it, reception hears of it, re-imports follow it.</summary>
public sealed class ScheduleImportTests
{
    private static readonly AppointmentLookup Nowak = new("Nowak", new DateOnly(1979, 2, 14));
    private FakeTimeProvider _time = null!;
    private HubServer _server = null!;
    private ClinicProfile _clinic = null!;

    [SetUp]
    public void StartHub()
    {
        _time = EmptyDay.Midday();
        _server = EmptyDay.Hub(_time);
        _clinic = _server.Services.GetRequiredService<ClinicProfile>();
    }

    [TearDown]
    public void StopHub()
    {
        _server.Dispose();
        _server.DeleteData();
    }

    private SourceAppointment Booked(string id, string lastName, DateOnly born, int inMinutes, string provider = "lee", SourceStatus status = SourceStatus.Booked) =>
        new($"Appointment/{id}", _time.GetUtcNow().AddMinutes(inMinutes), 15, status, provider, "checkup", new PatientIdentity("Fatima", lastName, born));

    private Task<ImportReport> ImportAsync(ImportOptions options, params SourceAppointment[] appointments) =>
        ImportAsync(new ScheduleRead(appointments, []), options);

    private Task<ImportReport> ImportAsync(ScheduleRead read, ImportOptions? options = null) =>
        _server.Services.GetRequiredService<ScheduleImporter>().ImportAsync(read, "FHIR server", options ?? new ImportOptions(), default);

    private async Task<IReadOnlyList<ScheduleReport>> ReceptionSeesAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduleNews>().LatestAsync();
    }

    [Test]
    public async Task An_imported_appointment_is_found_and_checked_in_at_the_kiosk_and_reception_is_told_who_is_new()
    {
        await using var kiosk = await _server.KioskAsync();
        Assert.That((await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), Nowak)).Outcome, Is.EqualTo(LookupOutcome.NotFound));

        var report = await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 20));
        var ticket = await kiosk.CheckInAsync(Nowak);

        Assert.That(report.Imported, Is.True);
        Assert.That(report.Count(ScheduleChangeKind.Added), Is.EqualTo(1));
        Assert.That(ticket.Code, Does.StartWith("A"));
        var seen = (await ReceptionSeesAsync()).Single();
        Assert.That((seen.Source, seen.Added), Is.EqualTo(("FHIR server", 1)));
        Assert.That(seen.Changes.Single().Patient, Is.EqualTo("Fatima Nowak"));
    }

    [Test]
    public async Task The_same_schedule_twice_is_one_appointment_and_tells_reception_nothing_new()
    {
        var appointment = Booked("1", "Nowak", Nowak.DateOfBirth, 20);
        await ImportAsync(new ImportOptions(WholeDay: _clinic.Today(_time)), appointment);

        var again = await ImportAsync(new ImportOptions(WholeDay: _clinic.Today(_time)), appointment);

        Assert.That(again.Unchanged, Is.EqualTo(1));
        Assert.That(again.Days.Single().Changes, Is.Empty);
        Assert.That(_server.CountRows("Appointments"), Is.EqualTo(1));
        Assert.That(await ReceptionSeesAsync(), Has.Count.EqualTo(1), "a quiet poll adds no report");
    }

    [Test]
    public async Task A_cancellation_takes_the_appointment_off_so_the_kiosk_sends_the_patient_to_the_desk()
    {
        await using var kiosk = await _server.KioskAsync();
        await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 20));

        await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 20, status: SourceStatus.Cancelled));

        Assert.That((await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), Nowak)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        Assert.That((await ReceptionSeesAsync())[0].Cancelled, Is.EqualTo(1));
    }

    [Test]
    public async Task A_patient_already_waiting_stays_in_line_when_the_system_moves_them_and_reception_is_asked_to_check()
    {
        await using var kiosk = await _server.KioskAsync();
        await using var reception = await _server.ReceptionAsync();
        await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 20));
        var ticket = await kiosk.CheckInAsync(Nowak);

        var report = await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 90, provider: "okafor"));

        Assert.That(report.Count(ScheduleChangeKind.NotApplied), Is.EqualTo(1));
        var board = await _server.Services.GetRequiredService<Kiosk.Hub.Room.WaitingRoomService>().BoardAsync();
        Assert.That(board.Rows.Single(r => r.Code == ticket.Code).ProviderId, Is.EqualTo("lee"));
        var told = (await ReceptionSeesAsync())[0].Changes.Single();
        Assert.That((told.Kind, told.SaidStartsAt), Is.EqualTo((ScheduleChangeKind.NotApplied, (DateTimeOffset?)_time.GetUtcNow().AddMinutes(90))));
    }

    [Test]
    public async Task Arrived_at_the_clinic_system_s_desk_puts_the_patient_on_reception_s_board_at_once()
    {
        await using var reception = await _server.ReceptionAsync();
        var boards = new Inbox<ReceptionBoard>(reception, nameof(IWaitingRoomClient.BoardChanged));
        await reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));

        await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, -5, status: SourceStatus.Arrived));

        var board = await boards.NextAsync(b => b.Rows.Count == 1);
        Assert.That(board.Rows[0].PatientName, Is.EqualTo("Fatima Nowak"));
    }

    [Test]
    public async Task A_schedule_with_problems_imports_nothing_unless_the_valid_part_is_asked_for()
    {
        var read = new ScheduleRead([Booked("1", "Nowak", Nowak.DateOfBirth, 20)], [new ImportProblem("entry 2 (Appointment/2)", "participant", "practitioner Practitioner/9 is not in the clinic file")]);

        var refused = await ImportAsync(read);
        var dryRun = await ImportAsync(read, new ImportOptions(DryRun: true, ValidOnly: true));
        Assert.That(_server.CountRows("Appointments"), Is.Zero);
        var validOnly = await ImportAsync(read, new ImportOptions(ValidOnly: true));

        Assert.That((refused.Imported, refused.Count(ScheduleChangeKind.Added)), Is.EqualTo((false, 1)), "says what the valid part would do");
        Assert.That(refused.Lines(), Has.Some.Contains("--valid-only"));
        Assert.That(dryRun.Imported, Is.False);
        Assert.That(validOnly.Imported, Is.True);
        Assert.That(_server.CountRows("Appointments"), Is.EqualTo(1));
        Assert.That((await ReceptionSeesAsync())[0].Problems.Single(), Does.Contain("Practitioner/9"));
    }

    [Test]
    public async Task The_same_problem_at_every_poll_is_told_once_and_its_end_is_told_too()
    {
        var today = _clinic.Today(_time);
        var appointment = Booked("1", "Nowak", Nowak.DateOfBirth, 20);
        var withProblem = new ScheduleRead([appointment], [new ImportProblem("entry 2 (Appointment/2)", "participant", "practitioner Practitioner/9 is not in the clinic file")]);

        await ImportAsync(withProblem, new ImportOptions(ValidOnly: true, WholeDay: today));
        await ImportAsync(withProblem, new ImportOptions(ValidOnly: true, WholeDay: today));
        var whileWrong = await ReceptionSeesAsync();
        await ImportAsync(new ScheduleRead([appointment], []), new ImportOptions(ValidOnly: true, WholeDay: today));
        var mended = await ReceptionSeesAsync();

        Assert.That(whileWrong, Has.Count.EqualTo(1));
        Assert.That(mended, Has.Count.EqualTo(2));
        Assert.That(mended[0].Problems, Is.Empty);
    }

    [Test]
    public async Task Tomorrow_s_appointments_are_kept_for_tomorrow_and_a_move_to_tomorrow_leaves_today()
    {
        await using var kiosk = await _server.KioskAsync();
        await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 20), Booked("2", "Hughes", new DateOnly(1944, 3, 12), 60 * 24));

        var report = await ImportAsync(new ImportOptions(), Booked("1", "Nowak", Nowak.DateOfBirth, 60 * 24 + 30));

        Assert.That(report.Count(ScheduleChangeKind.MovedToAnotherDay), Is.EqualTo(1));
        Assert.That(report.Count(ScheduleChangeKind.Added), Is.EqualTo(1), "arrives on tomorrow's list");
        Assert.That((await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), Nowak)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        Assert.That(_server.CountRows("Appointments"), Is.EqualTo(2));
    }
}
