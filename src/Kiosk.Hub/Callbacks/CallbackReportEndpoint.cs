using System.Globalization;
using CsvHelper;
using Kiosk.Hub.Auth;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Hub.Callbacks;

/// <summary>GET /staff/callbacks/report.csv?day=2026-11-24 (default today): the day's callbacks report for a spreadsheet. Staff only.</summary>
public static partial class CallbackReportEndpoint
{
    public const string Route = "/staff/callbacks/report.csv";

    private static readonly DateOnly FirstDay = new(2000, 1, 1);

    public static IEndpointRouteBuilder MapCallbackReport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Report).RequireAuthorization(p => p.RequireRole(Roles.Reception));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, BadRequest<string>>> Report(string? day, CallbackService callbacks, ClinicProfile clinic, TimeProvider time, CancellationToken ct)
    {
        var today = clinic.Today(time);
        var date = today;
        // Days the clinic can have had: the report's sums start a day early, which the calendar's first day cannot.
        if (day is not null && (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) || date < FirstDay || date > today))
        {
            return TypedResults.BadRequest($"day must be a date like 2026-11-24, from {FirstDay:yyyy-MM-dd} to today.");
        }

        var report = await callbacks.ReportAsync(date, ct);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            await csv.WriteRecordsAsync(report.Topics.Append(report.Total).Select(l => new ReportRow(
                report.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                l.Topic,
                l.Asked,
                l.Answered,
                l.MedianMinutesToAnswer,
                l.PromisesDue,
                l.PromisesKept,
                l.PromisesKeptPercent)), ct);
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"callbacks-{report.Day:yyyy-MM-dd}.csv");
    }

    /// <summary>One line of the report as a spreadsheet gets it; the column names are the properties'.</summary>
    [CsvRecord]
    internal sealed partial record ReportRow(string Day, string Topic, int Asked, int Answered, double? MedianMinutesToAnswer, int PromisesDue, int PromisesKept, double? PromisesKeptPercent);
}
