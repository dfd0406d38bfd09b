using System.Text;

namespace Kiosk.Hub.Tests.Integrations.Csv;

/// <summary>
/// Every way a clinic's CSV can be wrong: each is a problem naming the row as a spreadsheet shows
/// it (the header is row 1), the column and why; the good rows are still read, and no problem
/// quotes a patient's name or birth date.
/// </summary>
public sealed class CsvProblemTests
{
    private const string Header = "appointment_id,date,time,provider,visit_type,first_name,last_name,date_of_birth,status,minutes,confirmation_code\n";
    private const string Good = "G-1,2026-12-02,09:00,Dr Lee,Check-up,Zed,Quill,1990-11-02,,,\n";

    [TestCase("B-1,2026-13-02,09:00,Dr Lee,Check-up,Zed,Quill,1990-11-02,,,", "row 3, date: '2026-13-02' is not a date: write it like 2026-12-31 or 31/12/2026")]
    [TestCase("B-1,2026-12-02,9h,Dr Lee,Check-up,Zed,Quill,1990-11-02,,,", "row 3, time: '9h' is not a time: write it like 14:30")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,30/02/1990,,,", "row 3, date_of_birth: is not a date: write it like 1990-11-02 or 31/12/2026")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,,,,", "row 3, date_of_birth: is empty")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,2027-01-05,,,", "row 3, date_of_birth: is in the future: the day and month may be the wrong way round for this clinic's culture")]
    [TestCase("B-1,2026-12-02,10:00,Dr Who,Check-up,Zed,Quill,1990-11-02,,,", "row 3, provider: 'Dr Who' is not a provider of this clinic (Dr Lee, Nurse Patel): add \"Dr Who\" to that provider's sourceIds in the clinic file")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Flu jab,Zed,Quill,1990-11-02,,,", "row 3, visit_type: 'Flu jab' is not a visit type of this clinic (Check-up, Blood test): add \"Flu jab\" to that visit type's sourceCodes in the clinic file")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,1990-11-02,maybe,,", "row 3, status: 'maybe' is not a status: use booked, arrived, fulfilled, noshow or cancelled (reservada, llegó, atendida, no vino or cancelada); blank means booked")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,1990-11-02,,0,", "row 3, minutes: '0' is not a whole number of minutes from 1 to 480; leave it blank for the visit type's usual length")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,1990-11-02,,,ABC10O", "row 3, confirmation_code: 'ABC10O' is not a confirmation code: 6 characters of 23456789ABCDEFGHJKLMNPQRSTUVWXYZ, or leave it blank")]
    [TestCase(",2026-12-02,10:00,Dr Lee,Check-up,Zed,Quill,1990-11-02,,,", "row 3, appointment_id: is empty: every row needs the appointment's id in the clinic's system, which finds it again on the next import")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,Check-up,,Quill,1990-11-02,,,", "row 3, first_name: is empty")]
    [TestCase("G-1,2026-12-02,10:00,Dr Lee,Check-up,Ann,Other,1980-01-01,,,", "row 3, appointment_id: 'G-1' is also on row 2: each appointment may be listed once")]
    [TestCase("B-1,02/12/2026,9:00,lee,checkup,zed,QUILL,02/11/1990,,,", "row 3, first_name: the same patient, start and provider as row 2: the appointment is listed twice under two ids")]
    [TestCase("B-1,2026-12-02,10:00,Dr Lee,\"Check-up,Zed,Quill,1990-11-02,,,", "row 3, the whole row: its quotes do not balance (a \" opened and never closed, or text after a closing \"), so the row was not read")]
    public void A_bad_row_is_one_problem_naming_the_row_and_column_and_the_good_rows_are_still_read(string bad, string problem)
    {
        var read = CsvClinic.Read(Header + Good + bad + "\n" + Good.Replace("G-1", "G-2", StringComparison.Ordinal).Replace("09:00", "11:00", StringComparison.Ordinal));

        Assert.That(read.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { problem }));
        Assert.That(read.Appointments.Select(a => a.SourceId), Is.EqualTo(new[] { "csv:G-1", "csv:G-2" }));
        Assert.That(read.IsClean, Is.False);
    }

    [Test]
    public void A_row_with_several_problems_names_each_without_quoting_the_patient()
    {
        var read = CsvClinic.Read(Header + "B-1,someday,noon,Dr Who,Flu jab,Zed,Quill,2099-01-01,gone,,\n");

        Assert.That(read.Problems.Select(p => p.Field), Is.EqualTo(new[] { "date", "time", "provider", "visit_type", "date_of_birth", "status" }));
        Assert.That(read.Problems.Select(p => p.ToString()), Has.None.Contains("Zed").And.None.Contains("Quill").And.None.Contains("2099"));
        Assert.That(read.Appointments, Is.Empty);
    }

    [Test]
    public void A_missing_required_column_is_named_with_the_header_names_it_may_have()
    {
        var read = CsvClinic.Read("appointment_id,date,time,visit_type,first_name,last_name,date_of_birth\nG-1,2026-12-02,09:00,Check-up,Zed,Quill,1990-11-02\n");

        Assert.That(read.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "row 1, provider: there is no provider column: name one column \"provider\", \"practitioner\", \"clinician\", \"profesional\", \"médico\"",
        }));
        Assert.That(read.Appointments, Is.Empty);
    }

    [Test]
    public void Without_a_date_and_time_or_a_start_column_both_are_asked_for()
    {
        var read = CsvClinic.Read("id,provider,visit type,first name,last name,dob\nG-1,Dr Lee,Check-up,Zed,Quill,1990-11-02\n");

        Assert.That(read.Problems.Select(p => p.Field), Is.EqualTo(new[] { "date", "time" }));
        Assert.That(read.Problems[0].Why, Does.Contain("or one start column with the date and time, \"start\""));
    }

    [TestCase("")]
    [TestCase("\n\n")]
    [TestCase("\uFEFF")]
    public void An_empty_file_is_one_problem(string csv) =>
        Assert.That(CsvClinic.Read(csv).Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "row 1, the file: the file is empty: its first row should name the columns (see the CSV section of docs/integrations.md)" }));

    [Test]
    public void A_header_without_rows_is_a_problem_not_an_empty_day() =>
        Assert.That(CsvClinic.Read(Header + ",,,,,,,,,,\n").Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "row 2, the file: there are no appointments under the header row" }));

    [Test]
    public void A_file_that_is_not_utf8_is_refused_with_how_to_save_it()
    {
        var latin1 = Encoding.Latin1.GetBytes("id;fecha;hora;profesional;tipo de visita;nombre;apellidos;fecha de nacimiento\nE-1;02/12/2026;09:00;Dr Lee;Revisión;José;Núñez;02/11/1990\n");

        Assert.That(CsvClinic.Read(latin1).Problems.Select(p => p.Why), Is.EqualTo(new[] { "the file is not UTF-8 text: in Excel, save it as \"CSV UTF-8\"" }));
    }

    [Test]
    public void Headers_match_ignoring_case_accents_spaces_and_underscores()
    {
        var read = CsvClinic.Read("ID_DE_CITA;FECHA;hora;PROFESIONAL;Tipo_de_Visita;nombre;APELLIDOS;Fecha de Nacimiento;estado;codigo;MINUTOS\nE-1;2026-12-02;09:00;Dr Lee;Revisión;Ana;Ruiz;1990-11-02;presente;k7m 2qp;25\n");

        Assert.That(read.Problems, Is.Empty);
        Assert.That(read.Appointments.Single(), Has.Property("Minutes").EqualTo(25).And.Property("ConfirmationCode").EqualTo("K7M2QP"));
    }

    [Test]
    public void A_header_with_unbalanced_quotes_is_a_problem_with_the_header()
    {
        var read = CsvClinic.Read("\"appointment_id,date,time,provider,visit_type,first_name,last_name,date_of_birth\n" + Good);

        Assert.That(read.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "row 1, the file: the first row, which names the columns, has quotes that do not balance, so no column can be found" }));
        Assert.That(read.Appointments, Is.Empty);
    }
}
