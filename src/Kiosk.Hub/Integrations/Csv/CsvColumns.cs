using System.Globalization;
using System.Text;

namespace Kiosk.Hub.Integrations.Csv;

/// <summary>
/// A column of the appointment CSV: the name problems call it by and the header names it is found
/// under, in English and Spanish. Headers match ignoring case, accents, spaces and punctuation, so
/// "Appointment ID", "appointment_id" and "APPOINTMENT-ID" are one column, as are "código" and "Codigo".
/// </summary>
public sealed record CsvColumn(string Name, params string[] Headers)
{
    /// <summary>What a header cell is compared as: lower-case letters and digits, accents dropped.</summary>
    public static string Key(string header)
    {
        var plain = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        return plain.ToString();
    }

    public bool Matches(string header) => Headers.Any(h => Key(h) == Key(header));

    /// <summary>The accepted header names, for a problem that says the column is missing.</summary>
    public string Accepted => string.Join(", ", Headers.Select(h => $"\"{h}\""));
}

/// <summary>The columns an appointment CSV may have (docs/integrations.md, "CSV" lists them for clinics).</summary>
public static class CsvColumns
{
    public static readonly CsvColumn AppointmentId = new("appointment id", "appointment_id", "Appointment ID", "appointment", "id", "id_cita", "ID de cita", "cita");
    public static readonly CsvColumn Date = new("date", "date", "appointment date", "fecha", "fecha de la cita");
    public static readonly CsvColumn Time = new("time", "time", "start time", "hora", "hora de inicio");
    public static readonly CsvColumn Start = new("start", "start", "starts at", "inicio", "fecha y hora");
    public static readonly CsvColumn Minutes = new("minutes", "minutes", "duration", "minutos", "duración");
    public static readonly CsvColumn Provider = new("provider", "provider", "practitioner", "clinician", "profesional", "médico");
    public static readonly CsvColumn VisitType = new("visit type", "visit_type", "visit type", "appointment type", "tipo de visita", "tipo de cita");
    public static readonly CsvColumn FirstName = new("first name", "first_name", "first name", "given name", "nombre");
    public static readonly CsvColumn LastName = new("last name", "last_name", "last name", "surname", "family name", "apellidos", "apellido");
    public static readonly CsvColumn BirthDate = new("date of birth", "date_of_birth", "date of birth", "birth date", "dob", "fecha de nacimiento", "nacimiento");
    public static readonly CsvColumn Status = new("status", "status", "estado");
    public static readonly CsvColumn ConfirmationCode = new("confirmation code", "confirmation_code", "confirmation code", "code", "código", "código de confirmación");

    public static IReadOnlyList<CsvColumn> All { get; } =
        [AppointmentId, Date, Time, Start, Minutes, Provider, VisitType, FirstName, LastName, BirthDate, Status, ConfirmationCode];
}
