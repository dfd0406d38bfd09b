using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Tests.Integrations.Csv;

/// <summary>Exports as clinics write them: English with a BOM, Spanish Excel (; and dd/MM/yyyy), and US dates and times.</summary>
public sealed class CsvSampleTests
{
    [Test]
    public void An_english_export_reads_every_row_with_iso_and_uk_dates_and_mapped_names()
    {
        var read = CsvClinic.Sample("english.csv", CsvClinic.File());

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments, Is.EqualTo(new[]
        {
            new SourceAppointment("csv:A-1001", new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), 15, SourceStatus.Booked, "lee", "checkup", new PatientIdentity("Aisha", "Rahman", new(1990, 11, 2)), "K7M2QP"),
            new SourceAppointment("csv:A-1002", new(2026, 12, 2, 9, 15, 0, TimeSpan.Zero), 30, SourceStatus.Arrived, "lee", "checkup", new PatientIdentity("Tom", "O'Neill", new(1985, 3, 7))),
            new SourceAppointment("csv:A-1003", new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), 10, SourceStatus.Booked, "nurse", "bloods", new PatientIdentity("Mary Jane", "Smith, Jr", new(1958, 1, 30))),
        }));
    }

    [Test]
    public void A_spanish_excel_export_reads_with_semicolons_day_first_dates_and_spanish_words()
    {
        var read = CsvClinic.Sample("spanish.csv", CsvClinic.File("Europe/Madrid", "es-ES"));

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Select(a => (a.SourceId, a.StartsAt, a.Minutes, a.Status, a.ProviderId, a.VisitTypeId, a.Patient.LastName, a.Patient.DateOfBirth)), Is.EqualTo(new[]
        {
            ("csv:E-1", new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(1)), 15, SourceStatus.Booked, "lee", "checkup", "Pérez Gómez", new DateOnly(1990, 11, 2)),
            ("csv:E-2", new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.FromHours(1)), 20, SourceStatus.Arrived, "nurse", "bloods", "Núñez", new DateOnly(1972, 6, 15)),
            ("csv:E-3", new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1)), 15, SourceStatus.NoShow, "lee", "checkup", "Fernández", new DateOnly(2001, 1, 1)),
            ("csv:E-4", new DateTimeOffset(2026, 12, 2, 10, 15, 0, TimeSpan.FromHours(1)), 15, SourceStatus.Cancelled, "lee", "checkup", "Ibáñez", new DateOnly(1999, 12, 31)),
        }));
        Assert.That(read.Appointments[1].ConfirmationCode, Is.EqualTo("K7M2QP"));
    }

    [Test]
    public void A_us_export_reads_month_first_dates_and_twelve_hour_times_in_one_start_column()
    {
        var read = CsvClinic.Sample("us.csv", CsvClinic.File("America/New_York", "en-US"));

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Select(a => (a.SourceId, a.StartsAt, a.Status, a.Patient.DateOfBirth)), Is.EqualTo(new[]
        {
            ("csv:U-1", new DateTimeOffset(2026, 12, 2, 14, 30, 0, TimeSpan.FromHours(-5)), SourceStatus.Booked, new DateOnly(1980, 4, 15)),
            ("csv:U-2", new DateTimeOffset(2026, 12, 2, 14, 45, 0, TimeSpan.FromHours(-5)), SourceStatus.Cancelled, new DateOnly(1975, 12, 31)),
            ("csv:U-3", new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.FromHours(-5)), SourceStatus.NoShow, new DateOnly(1969, 7, 20)),
        }));
    }

    [Test]
    public void A_uk_clinic_refuses_a_us_date_rather_than_guessing()
    {
        var read = CsvClinic.Read("id,date,time,provider,visit type,first name,last name,dob\nX,12/31/2026,09:00,lee,checkup,A,B,1990-01-01\n");

        Assert.That(read.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "row 2, date: '12/31/2026' is not a date: write it like 2026-12-31 or 31/12/2026" }));
    }

    [Test]
    public void A_us_clinic_reads_twelve_hour_times_in_a_time_column_and_says_so_when_one_is_wrong()
    {
        var read = CsvClinic.Read("id,date,time,provider,visit type,first name,last name,dob\nX,12/2/2026,9:05 AM,lee,checkup,A,B,1/2/1990\nY,12/2/2026,13 PM,lee,checkup,C,D,1/2/1990\n", CsvClinic.File("America/New_York", "en-US"));

        Assert.That(read.Appointments.Single().StartsAt, Is.EqualTo(new DateTimeOffset(2026, 12, 2, 9, 5, 0, TimeSpan.FromHours(-5))));
        Assert.That(read.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "row 3, time: '13 PM' is not a time: write it like 14:30 or 2:30 PM" }));
    }
}
