using System.Globalization;
using CsvHelper;
using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>
/// The export lines as a spreadsheet gets them: the column names are the properties' (see
/// docs/exports.md), days as 2026-11-24 and times as clinic-local ISO 8601 with the offset.
/// </summary>
internal static partial class ExportRows
{
    public static string Day(DateOnly day) => ExportRange.Format(day);

    public static string? Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static VisitRow Of(VisitLine v) => new(
        Day(v.Day), v.TicketCode, v.ProviderId, v.ProviderName, v.VisitTypeId, v.VisitTypeName, v.WalkIn, Time(v.BookedStart),
        Time(v.ArrivedAt), Time(v.CalledAt), Time(v.InRoomAt), Time(v.DoneAt), v.State, v.MinutesWaited, v.MinutesWithProvider);

    public static PatientColumns Of(ExportedPatient? p) => new(p?.FirstName, p?.LastName, p?.DateOfBirth is { } born ? Day(born) : null);

    public static EstimateRow Of(EstimateLine e) => new(
        Day(e.Day), e.TicketCode, e.ProviderId, e.ProviderName, e.Told, Time(e.ToldAt)!, e.LowMinutes, e.LikelyMinutes, e.HighMinutes,
        e.MinutesWaitedFromThen, e.WithinRange, e.MinutesOff);

    public static QuestionRow Of(QuestionLine q) => new(
        Day(q.Day), q.TicketCode, q.Topic, q.Channel, Time(q.AskedAt)!, Time(q.PromisedBy)!, Time(q.AnsweredAt), q.MinutesToAnswer, q.PromiseKept, q.State);

    public static RatingRow Of(RatingLine r) => new(Day(r.Day), r.TicketCode, r.ProviderId, r.ProviderName, r.Rating, r.Score, Time(r.At)!);

    [CsvRecord]
    internal sealed partial record VisitRow(
        string Day, string? TicketCode, string ProviderId, string? ProviderName, string VisitTypeId, string? VisitTypeName, bool WalkIn,
        string? BookedStart, string? ArrivedAt, string? CalledAt, string? InRoomAt, string? DoneAt, string State, double? MinutesWaited,
        double? MinutesWithProvider);

    [CsvRecord]
    internal sealed partial record PatientColumns(string? FirstName, string? LastName, string? DateOfBirth);

    /// <summary>A visit with who it was: only when the admin asked for personal data.</summary>
    [CsvRecord]
    internal sealed partial record VisitWithPatientRow(VisitRow Visit, PatientColumns Patient);

    [CsvRecord]
    internal sealed partial record EstimateRow(
        string Day, string TicketCode, string ProviderId, string? ProviderName, string Told, string ToldAt, int LowMinutes, int LikelyMinutes,
        int HighMinutes, double? MinutesWaitedFromThen, bool? WithinRange, double? MinutesOff);

    [CsvRecord]
    internal sealed partial record QuestionRow(
        string Day, string TicketCode, string Topic, string Channel, string AskedAt, string PromisedBy, string? AnsweredAt, double? MinutesToAnswer,
        bool? PromiseKept, string State);

    [CsvRecord]
    internal sealed partial record PhoneColumn(string? Phone);

    /// <summary>A question with the number to call back: only when the admin asked for personal data, and only while it is kept.</summary>
    [CsvRecord]
    internal sealed partial record QuestionWithPhoneRow(QuestionRow Question, PhoneColumn Phone);

    [CsvRecord]
    internal sealed partial record RatingRow(string Day, string TicketCode, string ProviderId, string? ProviderName, string Rating, int Score, string At);
}
