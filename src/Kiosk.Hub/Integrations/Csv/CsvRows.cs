using System.Globalization;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations.Csv;

/// <summary>
/// The rows of one file, read one by one: each becomes an appointment, or problems naming the
/// row, the column and why. Remembers the ids and patients seen, so the second of a duplicate is
/// refused.
/// </summary>
internal sealed class CsvRows(CsvHeader header, CsvDates dates, SourceMapping mapping, ClinicProfile clinic, DateOnly today)
{
    private const int MaxMinutes = 480;
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(string First, string Last, DateOnly Born, DateTimeOffset Start, string Provider), string> _patients = [];

    public SourceAppointment? Read(string where, IReadOnlyDictionary<CsvColumn, string> cells, List<ImportProblem> problems)
    {
        var before = problems.Count;
        string Cell(CsvColumn c) => cells.GetValueOrDefault(c, "");
        void Problem(CsvColumn c, string why) => problems.Add(new(where, header.Written(c), why));

        var id = Cell(CsvColumns.AppointmentId);
        if (id.Length == 0) Problem(CsvColumns.AppointmentId, "is empty: every row needs the appointment's id in the clinic's system, which finds it again on the next import");
        else if (!_ids.TryAdd(id, where)) Problem(CsvColumns.AppointmentId, $"'{id}' is also on {_ids[id]}: each appointment may be listed once");

        var start = Start(Cell, Problem);
        var provider = mapping.ProviderFor([Cell(CsvColumns.Provider)]);
        if (provider is null) Problem(CsvColumns.Provider, Unknown(Cell(CsvColumns.Provider), "provider", "sourceIds", clinic.Providers.Select(p => p.Name)));
        var visitType = mapping.VisitTypeFor([Cell(CsvColumns.VisitType)]);
        if (visitType is null) Problem(CsvColumns.VisitType, Unknown(Cell(CsvColumns.VisitType), "visit type", "sourceCodes", clinic.VisitTypes.Select(v => v.Name)));

        var first = Cell(CsvColumns.FirstName);
        var last = Cell(CsvColumns.LastName);
        if (first.Length == 0) Problem(CsvColumns.FirstName, "is empty");
        if (last.Length == 0) Problem(CsvColumns.LastName, "is empty");
        var born = BirthDate(Cell(CsvColumns.BirthDate), Problem);

        if (!CsvStatus.TryParse(Cell(CsvColumns.Status), out var status)) Problem(CsvColumns.Status, $"'{Cell(CsvColumns.Status)}' is not a status: use {CsvStatus.Known}");
        var code = Cell(CsvColumns.ConfirmationCode);
        string? confirmation = null;
        if (code.Length > 0 && !Kiosk.Contracts.ConfirmationCode.TryNormalise(code, out confirmation))
        {
            Problem(CsvColumns.ConfirmationCode, $"'{code}' is not a confirmation code: {Kiosk.Contracts.ConfirmationCode.Length} characters of {Kiosk.Contracts.ConfirmationCode.Alphabet}, or leave it blank");
        }

        var minutes = Minutes(Cell(CsvColumns.Minutes), visitType, Problem);
        if (problems.Count > before || start is not { } startsAt || born is not { } dateOfBirth)
        {
            return null;
        }

        var patient = (first.ToUpperInvariant(), last.ToUpperInvariant(), dateOfBirth, startsAt, provider!);
        if (!_patients.TryAdd(patient, where))
        {
            Problem(CsvColumns.FirstName, $"the same patient, start and provider as {_patients[patient]}: the appointment is listed twice under two ids");
            return null;
        }

        return new SourceAppointment(CsvSchedule.SourcePrefix + id, startsAt, minutes, status, provider!, visitType!, new PatientIdentity(first, last, dateOfBirth), confirmation);
    }

    private DateTimeOffset? Start(Func<CsvColumn, string> cell, Action<CsvColumn, string> problem)
    {
        if (header.HasStart)
        {
            var text = cell(CsvColumns.Start);
            if (dates.TryStart(text, out var day, out var at)) return clinic.At(day, at);
            problem(CsvColumns.Start, $"'{text}' is not a date and time: write it like 2026-12-31 14:30 or {dates.DateExample} {dates.TimeExample}");
            return null;
        }

        var dateText = cell(CsvColumns.Date);
        var timeText = cell(CsvColumns.Time);
        var isDate = dates.TryDate(dateText, out var date);
        var isTime = dates.TryTime(timeText, out var time);
        if (!isDate) problem(CsvColumns.Date, $"'{dateText}' is not a date: write it like 2026-12-31 or {dates.DateExample}");
        if (!isTime) problem(CsvColumns.Time, $"'{timeText}' is not a time: write it like 14:30{(dates.TimeExample == "14:30" ? "" : $" or {dates.TimeExample}")}");
        return isDate && isTime ? clinic.At(date, time) : null;
    }

    /// <summary>A birth date is personal: its problems say what is wrong, never the value.</summary>
    private DateOnly? BirthDate(string text, Action<CsvColumn, string> problem)
    {
        if (!dates.TryDate(text, out var born))
        {
            problem(CsvColumns.BirthDate, text.Length == 0 ? "is empty" : $"is not a date: write it like 1990-11-02 or {dates.DateExample}");
            return null;
        }

        if (born > today)
        {
            problem(CsvColumns.BirthDate, "is in the future: the day and month may be the wrong way round for this clinic's culture");
            return null;
        }

        return born;
    }

    private int Minutes(string text, string? visitType, Action<CsvColumn, string> problem)
    {
        if (text.Length == 0)
        {
            return visitType is null ? 0 : clinic.VisitType(visitType).Minutes;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= MaxMinutes)
        {
            return minutes;
        }

        problem(CsvColumns.Minutes, $"'{text}' is not a whole number of minutes from 1 to {MaxMinutes}; leave it blank for the visit type's usual length");
        return 0;
    }

    private static string Unknown(string value, string what, string field, IEnumerable<string> names) =>
        value.Length == 0
            ? $"is empty: every row needs its {what}"
            : $"'{value}' is not a {what} of this clinic ({string.Join(", ", names)}): add \"{value}\" to that {what}'s {field} in the clinic file";
}
