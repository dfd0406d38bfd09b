using Kiosk.Contracts;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Integrations;

/// <summary>./kiosk import csv|fhir FILE against a real hub's database: dry run, all-or-nothing, the valid part on request.</summary>
public sealed class ImportCommandTests
{
    private static readonly AppointmentLookup Nowak = new("Nowak", new DateOnly(1979, 2, 14));
    private HubServer _server = null!;
    private string _file = null!;
    private string _today = null!;

    [SetUp]
    public void StartHub()
    {
        var time = EmptyDay.Midday();
        _server = EmptyDay.Hub(time);
        _today = _server.Services.GetRequiredService<ClinicProfile>().Today(time).ToString("yyyy-MM-dd");
        _file = Path.Combine(_server.DataDirectory, "today.csv");
    }

    [TearDown]
    public void StopHub()
    {
        _server.Dispose();
        _server.DeleteData();
    }

    private Task<(int Exit, string Output)> ImportAsync(string csv, params string[] flags)
    {
        File.WriteAllText(_file, csv);
        return _server.AdminAsync("", ["import", "csv", _file, .. flags]);
    }

    private string Csv(params string[] rows) =>
        "Appointment ID,Date,Time,Provider,Visit type,First name,Last name,Date of birth\n" + string.Join("\n", rows.Select(r => r.Replace("TODAY", _today)));

    [Test]
    public async Task A_dry_run_says_what_would_change_and_changes_nothing_then_the_import_does_it()
    {
        var csv = Csv("A1,TODAY,12:30,Dr Lee,Check-up,Fatima,Nowak,1979-02-14", "A2,TODAY,12:45,Dr Okafor,Follow-up,Tom,Hughes,1944-03-12");

        var dry = await ImportAsync(csv, "--dry-run");
        Assert.That(_server.CountRows("Appointments"), Is.Zero);
        var done = await ImportAsync(csv);

        Assert.That(dry.Exit, Is.Zero);
        Assert.That(dry.Output, Does.StartWith("Nothing changed yet. This would import from CSV file today.csv: 2 new."));
        Assert.That(done.Exit, Is.Zero);
        Assert.That(done.Output, Does.StartWith("Imported from CSV file today.csv: 2 new."));
        await using var kiosk = await _server.KioskAsync();
        Assert.That(await kiosk.FindAppointmentIdAsync(Nowak), Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task A_file_with_a_bad_row_imports_nothing_and_names_the_row_unless_the_valid_part_is_asked_for()
    {
        var csv = Csv("A1,TODAY,12:30,Dr Lee,Check-up,Fatima,Nowak,1979-02-14", "A2,TODAY,12:45,Dr Who,Follow-up,Tom,Hughes,1944-03-12");

        var refused = await ImportAsync(csv);
        Assert.That(_server.CountRows("Appointments"), Is.Zero);
        var validOnly = await ImportAsync(csv, "--valid-only");

        Assert.That(refused.Exit, Is.EqualTo(1));
        Assert.That(refused.Output, Does.Contain("Nothing was imported").And.Contain("row 3").And.Contain("Dr Who").And.Contain("--valid-only"));
        Assert.That(refused.Output, Does.Not.Contain("Hughes"), "a report never quotes a patient");
        Assert.That(validOnly.Exit, Is.Zero);
        Assert.That(_server.CountRows("Appointments"), Is.EqualTo(1));
    }

    [TestCase("import")]
    [TestCase("import", "xml", "day.xml")]
    [TestCase("import", "csv", "/no/such/file.csv")]
    [TestCase("import", "csv", "day.csv", "--force")]
    public async Task Wrong_arguments_say_how_to_use_it_and_change_nothing(params string[] args)
    {
        var (exit, output) = await _server.AdminAsync("", args);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Does.Contain("./kiosk import").Or.Contain("There is no file"));
    }
}
