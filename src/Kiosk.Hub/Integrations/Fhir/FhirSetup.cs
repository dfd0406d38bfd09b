using Kiosk.Hub.Clinic;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kiosk.Hub.Integrations.Fhir;

public static class FhirSetup
{
    /// <summary>
    /// The Hub:Fhir settings checked now, so a wrong one stops the hub before it serves anyone:
    /// null when they are sound, else one line naming the setting and what it takes. Registers the
    /// FHIR HTTP clients, an <see cref="IScheduleSource"/> when a base URL is set, and the
    /// <see cref="IStatusWriter"/> WriteBack names (none for "off", or for the default "server"
    /// on a hub without a FHIR server). Needs the clinic file registered (AddContentFiles).
    /// </summary>
    public static string? AddFhirIntegration(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(FhirOptions.Section);
        FhirOptions options;
        try
        {
            options = section.Get<FhirOptions>() ?? new FhirOptions();
        }
        catch (InvalidOperationException e)
        {
            // A number or an address that does not read as one ("PollSeconds": "often").
            return $"The {FhirOptions.Section} section of the hub's settings: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}.";
        }

        var writeBack = (options.WriteBack ?? "server").Trim().ToLowerInvariant();
        var explicitServer = section[nameof(FhirOptions.WriteBack)] is not null;
        if (Problem(options, writeBack, explicitServer) is { } problem)
        {
            return $"The {FhirOptions.Section} section of the hub's settings: {problem}.";
        }

        services.AddOptions<FhirOptions>().Bind(section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SourceMapping(sp.GetRequiredService<ClinicFile>()));
        services.TryAddSingleton<FhirSchedule>();
        services.TryAddSingleton<SmartBackendServices>();
        services.TryAddTransient<FhirCredentials>();
        services.AddHttpClient(FhirCall.TokenClient, c => c.Timeout = FhirCall.Timeout);
        services.AddHttpClient(FhirCall.Client, c => c.Timeout = FhirCall.Timeout).AddHttpMessageHandler<FhirCredentials>();
        if (options.BaseUrl is not null)
        {
            services.AddSingleton<IScheduleSource, FhirAppointmentSearch>();
        }

        if (writeBack == "server" && options.BaseUrl is not null)
        {
            services.AddSingleton<IStatusWriter, FhirStatusWriter>();
        }
        else if (writeBack == "file")
        {
            services.AddSingleton<IStatusWriter, FileStatusWriter>();
        }

        return null;
    }

    private static string? Problem(FhirOptions o, string writeBack, bool explicitServer)
    {
        if (o.BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
            return $"BaseUrl '{url}' must be an http or https address such as https://ehr.example.org/fhir/R4";
        if (o.PollSeconds < 15)
            return $"PollSeconds is {o.PollSeconds}; poll no more often than every 15 seconds";
        if (!string.IsNullOrWhiteSpace(o.BearerToken) && o.TokenUrl is not null)
            return "give either BearerToken or TokenUrl (SMART Backend Services), not both";
        if (o.TokenUrl is not null && (string.IsNullOrWhiteSpace(o.ClientId) || string.IsNullOrWhiteSpace(o.PrivateKeyFile)))
            return "TokenUrl needs ClientId and PrivateKeyFile (the PEM whose public key the server knows)";
        if (o.TokenUrl is null && (!string.IsNullOrWhiteSpace(o.ClientId) || !string.IsNullOrWhiteSpace(o.PrivateKeyFile)))
            return "ClientId and PrivateKeyFile are for SMART Backend Services and need TokenUrl";
        if (o.TokenUrl is not null && KeyProblem(o.PrivateKeyFile!) is { } key)
            return key;
        return writeBack switch
        {
            "server" when o.BaseUrl is null && explicitServer => "WriteBack \"server\" needs BaseUrl",
            "server" or "off" => null,
            "file" when string.IsNullOrWhiteSpace(o.ChangesFile) => "WriteBack \"file\" needs ChangesFile",
            "file" when !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(o.ChangesFile!)))
                => $"the folder of ChangesFile '{o.ChangesFile}' does not exist",
            "file" => null,
            _ => $"WriteBack '{o.WriteBack}' is not one of server, file or off",
        };
    }

    private static string? KeyProblem(string path)
    {
        try
        {
            SmartBackendServices.LoadKey(path).Rsa.Dispose();
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return e is InvalidDataException ? e.Message.Replace("Hub:Fhir:", "", StringComparison.Ordinal).TrimEnd('.') : $"PrivateKeyFile '{path}' cannot be read";
        }
    }
}
