using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// Puts the hub's bearer token on every request to the FHIR server: the fixed token the clinic
/// configured, or one from SMART Backend Services, or none for an open server.
/// </summary>
internal sealed class FhirCredentials(IOptions<FhirOptions> options, SmartBackendServices smart) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var o = options.Value;
        var token = !string.IsNullOrWhiteSpace(o.BearerToken) ? o.BearerToken
            : o.TokenUrl is not null ? await smart.TokenAsync(ct)
            : null;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, ct);
    }
}
