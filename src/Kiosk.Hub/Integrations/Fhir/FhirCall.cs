using System.Net;
using Hl7.Fhir.Model;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// One HTTP exchange with the clinic's FHIR server, and why it failed in words for reception:
/// unreachable, too slow, refused, or an answer we cannot use. Reasons carry status and
/// OperationOutcome issue codes only, never the server's diagnostics (they may quote a patient).
/// </summary>
internal static class FhirCall
{
    public const string Client = "Kiosk.Hub.Fhir";
    public const string TokenClient = "Kiosk.Hub.Fhir.Token";
    public const string FhirJsonType = "application/fhir+json";

    /// <summary>How long one request may take before the server counts as not answering.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The response when it succeeded or has one of <paramref name="passBack"/>; otherwise <see cref="FhirCallFailedException"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken ct, params HttpStatusCode[] passBack)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new FhirCallFailedException($"the FHIR server could not be reached ({e.HttpRequestError})", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new FhirCallFailedException($"the FHIR server did not answer within {Timeout.TotalSeconds:0} seconds", e);
        }

        if (response.IsSuccessStatusCode || passBack.Contains(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            throw new FhirCallFailedException(await ReasonAsync(response, ct));
        }
    }

    /// <summary>The resource in a response body, or why there is none we can use.</summary>
    public static async Task<Resource> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        return FhirJson.TryRead(body, out var why) ?? throw new FhirCallFailedException($"the FHIR server's answer cannot be used: {why}");
    }

    /// <summary>"OperationOutcome: security, not-found": the issue codes, which say what went wrong without quoting data.</summary>
    public static string Describe(OperationOutcome outcome) =>
        "OperationOutcome: " + string.Join(", ", outcome.Issue.Select(i => FhirJson.Raw(i.CodeElement) ?? "unknown").Distinct());

    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var what = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "the FHIR server refused the hub's credentials (401); check the token or the client registration in Hub:Fhir",
            HttpStatusCode.Forbidden => "the FHIR server does not let the hub do this (403); check the scopes granted to the hub's client",
            HttpStatusCode.NotFound => "the FHIR server has no such resource (404)",
            HttpStatusCode.PreconditionFailed => "the appointment changed on the FHIR server while we wrote it (412)",
            HttpStatusCode.TooManyRequests => "the FHIR server asks the hub to slow down (429)",
            _ => $"the FHIR server answered {status} {response.ReasonPhrase}".TrimEnd(),
        };
        var body = await response.Content.ReadAsStringAsync(ct);
        return FhirJson.TryRead(body, out _) is OperationOutcome outcome ? $"{what} ({Describe(outcome)})" : what;
    }
}

/// <summary>A call to the FHIR server (or its token endpoint) failed; the message is for reception.</summary>
internal sealed class FhirCallFailedException(string message, Exception? inner = null) : Exception(message, inner);
