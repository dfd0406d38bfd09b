namespace Kiosk.Hub.Integrations;

/// <summary>
/// How the hub reaches the clinic's FHIR R4 server (configuration section Hub:Fhir, e.g.
/// Hub__Fhir__BaseUrl). Without a base URL the hub polls nothing and appointments come in by
/// file. Credentials are configuration (environment or a secrets file), never the clinic file.
/// </summary>
public sealed class FhirOptions
{
    public const string Section = "Hub:Fhir";

    /// <summary>The server's base, e.g. https://ehr.example.org/fhir/R4.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Only appointments at this location ("Location/123"), for a server that serves several sites.</summary>
    public string? Location { get; set; }

    /// <summary>How often the day is read again; at least 15 seconds.</summary>
    public int PollSeconds { get; set; } = 120;

    /// <summary>A fixed bearer token, when the clinic's server issues one.</summary>
    public string? BearerToken { get; set; }

    /// <summary>SMART Backend Services: the token endpoint, the client id registered there, and the PEM private key it knows the public half of.</summary>
    public Uri? TokenUrl { get; set; }
    public string? ClientId { get; set; }
    public string? PrivateKeyFile { get; set; }
    public string Scope { get; set; } = "system/Appointment.rs system/Appointment.u system/Patient.rs system/Practitioner.rs";

    /// <summary>"server" (PATCH each status to the server), "file" (append to <see cref="ChangesFile"/>) or "off".</summary>
    public string WriteBack { get; set; } = "server";

    /// <summary>Where "file" write-back appends its changes, one JSON line each.</summary>
    public string? ChangesFile { get; set; }
}
