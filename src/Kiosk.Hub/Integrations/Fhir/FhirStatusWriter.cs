using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Microsoft.Extensions.Options;
using Task = System.Threading.Tasks.Task;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// Writes a status to the appointment on the FHIR server with a JSON Patch replacing /status.
/// A server without PATCH (405, 415 or 501) gets the appointment read and put back with the new
/// status, guarded by If-Match with its ETag when it gave one, so a change made meanwhile is not
/// overwritten (the server answers 412 and the write is tried again later).
/// </summary>
public sealed partial class FhirStatusWriter(IHttpClientFactory clients, IOptions<FhirOptions> options) : IStatusWriter
{
    private static readonly HttpStatusCode[] NoPatch = [HttpStatusCode.MethodNotAllowed, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.NotImplemented];

    public string Name => "the FHIR server";

    public async Task WriteAsync(StatusWrite write, CancellationToken ct)
    {
        if (!AppointmentId().IsMatch(write.SourceId))
        {
            throw new StatusWriteFailedException($"'{write.SourceId}' is not a FHIR appointment, so its status cannot go to the FHIR server.");
        }

        try
        {
            var http = clients.CreateClient(FhirCall.Client);
            var target = new Uri(FhirAppointmentSearch.FhirBase(options.Value.BaseUrl!), write.SourceId);
            using var patched = await FhirCall.SendAsync(http, Patch(target, write.FhirCode), ct, NoPatch);
            if (NoPatch.Contains(patched.StatusCode))
            {
                await PutAsync(http, target, write.FhirCode, ct);
            }
        }
        catch (FhirCallFailedException e)
        {
            throw new StatusWriteFailedException($"The status could not be written: {e.Message}.", e);
        }
    }

    private static HttpRequestMessage Patch(Uri target, string code) => new(HttpMethod.Patch, target)
    {
        Content = new StringContent(
            JsonSerializer.Serialize(new[] { new { op = "replace", path = "/status", value = code } }),
            Encoding.UTF8,
            "application/json-patch+json"),
    };

    private static async Task PutAsync(HttpClient http, Uri target, string code, CancellationToken ct)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, target);
        get.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirCall.FhirJsonType));
        using var read = await FhirCall.SendAsync(http, get, ct);
        if (await FhirCall.ReadAsync(read, ct) is not Appointment appointment)
        {
            throw new FhirCallFailedException("the FHIR server answered with something other than the appointment");
        }

        appointment.Status = EnumUtility.ParseLiteral<Appointment.AppointmentStatus>(code);
        using var put = new HttpRequestMessage(HttpMethod.Put, target)
        {
            Content = new StringContent(FhirJson.Write(appointment), Encoding.UTF8, FhirCall.FhirJsonType),
        };
        if (read.Headers.ETag is { } version)
        {
            put.Headers.IfMatch.Add(version);
        }

        using var _ = await FhirCall.SendAsync(http, put, ct);
    }

    [GeneratedRegex("^Appointment/[A-Za-z0-9\\-\\.]{1,64}$")]
    private static partial Regex AppointmentId();
}
