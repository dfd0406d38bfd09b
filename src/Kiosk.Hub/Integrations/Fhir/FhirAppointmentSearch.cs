using System.Globalization;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// Reads one clinic day from the FHIR server: Appointment search from the day's first moment to
/// the next day's, by the clinic's clock, with the patients and actors included, following
/// "next" links until the server has no more. All pages are read as one bundle, so a duplicate
/// across pages is still found.
/// </summary>
public sealed class FhirAppointmentSearch(IHttpClientFactory clients, IOptions<FhirOptions> options, ClinicProfile clinic, FhirSchedule schedule) : IScheduleSource
{
    /// <summary>A server whose "next" never ends is broken; a clinic day is never this many pages.</summary>
    private const int MaxPages = 200;

    public string Name => "FHIR server";

    public async Task<ScheduleRead> ReadDayAsync(DateOnly day, CancellationToken ct)
    {
        try
        {
            return schedule.Read(await SearchAsync(day, ct));
        }
        catch (FhirCallFailedException e)
        {
            throw new ScheduleUnavailableException($"The day's appointments could not be read: {e.Message}.", e);
        }
    }

    /// <summary>The search for a day, e.g. Appointment?date=ge2026-12-02T00:00:00+00:00&amp;date=lt2026-12-03T00:00:00+00:00&amp;_include=….</summary>
    public Uri DayQuery(DateOnly day)
    {
        var o = options.Value;
        var query = $"Appointment?date=ge{Moment(day)}&date=lt{Moment(day.AddDays(1))}&_include=Appointment:patient&_include=Appointment:actor";
        if (!string.IsNullOrWhiteSpace(o.Location))
        {
            query += "&location=" + Uri.EscapeDataString(o.Location.Trim());
        }

        return new Uri(FhirBase(o.BaseUrl!), query);
    }

    /// <summary>The base with a trailing slash, so relative paths land under it rather than beside it.</summary>
    internal static Uri FhirBase(Uri baseUrl) => baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    private string Moment(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var at = new DateTimeOffset(midnight, clinic.TimeZone.GetUtcOffset(midnight));
        return Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    private async Task<Bundle> SearchAsync(DateOnly day, CancellationToken ct)
    {
        var http = clients.CreateClient(FhirCall.Client);
        var all = new Bundle { Type = Bundle.BundleType.Searchset };
        Uri? page = DayQuery(day);
        for (var pages = 0; page is not null; pages++)
        {
            if (pages == MaxPages)
            {
                throw new FhirCallFailedException($"the FHIR server's search did not end after {MaxPages} pages");
            }

            var bundle = await PageAsync(http, page, ct);
            all.Entry.AddRange(bundle.Entry);
            page = bundle.NextLink is { } next ? new Uri(FhirBase(options.Value.BaseUrl!), next) : null;
        }

        return all;
    }

    private static async Task<Bundle> PageAsync(HttpClient http, Uri page, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirCall.FhirJsonType));
        using var response = await FhirCall.SendAsync(http, request, ct);
        return await FhirCall.ReadAsync(response, ct) switch
        {
            Bundle bundle => bundle,
            OperationOutcome outcome => throw new FhirCallFailedException($"the FHIR server answered the search with an {FhirCall.Describe(outcome)}"),
            var other => throw new FhirCallFailedException($"the FHIR server answered the search with a {other.TypeName}, not a Bundle"),
        };
    }
}
