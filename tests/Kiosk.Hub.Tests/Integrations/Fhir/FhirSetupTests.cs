using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Fhir;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Integrations.Fhir;

/// <summary>Hub:Fhir as a clinic writes it: what gets registered, and one clear line for each setting that is wrong.</summary>
public sealed class FhirSetupTests
{
    /// <summary>What the hub has registered before AddFhirIntegration: the clinic file and profile (and logging).</summary>
    internal static ServiceCollection Services(TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        var clinic = FhirDay.ClinicWith();
        services.AddLogging().AddSingleton(clinic).AddSingleton(clinic.ToProfile());
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        return services;
    }

    [TestCase(null, null, false, false)]
    [TestCase("off", "https://ehr.example.org/fhir", true, false)]
    [TestCase(null, "https://ehr.example.org/fhir", true, true)]
    [TestCase("file", null, false, true)]
    public void The_source_comes_with_a_base_url_and_the_writer_with_write_back(string? writeBack, string? baseUrl, bool source, bool writer)
    {
        var services = Services();
        var settings = new Dictionary<string, string?> { ["Hub:Fhir:WriteBack"] = writeBack, ["Hub:Fhir:BaseUrl"] = baseUrl };
        if (writeBack == "file") settings["Hub:Fhir:ChangesFile"] = Path.Combine(Path.GetTempPath(), "kiosk-changes.jsonl");

        Assert.That(services.AddFhirIntegration(Config(settings)), Is.Null);

        using var provider = services.BuildServiceProvider();
        Assert.That((provider.GetService<IScheduleSource>() is not null, provider.GetService<IStatusWriter>() is not null), Is.EqualTo((source, writer)));
    }

    [TestCase("BaseUrl", "ftp://ehr.example.org/fhir", "BaseUrl 'ftp://ehr.example.org/fhir' must be an http or https address")]
    [TestCase("PollSeconds", "5", "PollSeconds is 5")]
    [TestCase("PollSeconds", "often", "PollSeconds")]
    [TestCase("WriteBack", "server", "WriteBack \"server\" needs BaseUrl")]
    [TestCase("WriteBack", "file", "WriteBack \"file\" needs ChangesFile")]
    [TestCase("WriteBack", "fax", "WriteBack 'fax' is not one of server, file or off")]
    [TestCase("TokenUrl", "https://ehr.example.org/token", "TokenUrl needs ClientId and PrivateKeyFile")]
    [TestCase("ClientId", "kiosk", "ClientId and PrivateKeyFile are for SMART Backend Services and need TokenUrl")]
    [TestCase("ChangesFile", "/no/such/folder/changes.jsonl", "the folder of ChangesFile")]
    public void A_wrong_setting_is_one_line_naming_it(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { [$"Hub:Fhir:{key}"] = value };
        if (key == "ChangesFile") settings["Hub:Fhir:WriteBack"] = "file";

        var problem = Services().AddFhirIntegration(Config(settings));

        Assert.That(problem, Does.StartWith("The Hub:Fhir section of the hub's settings: ").And.Contain(expected));
        Assert.That(problem, Does.Not.Contain('\n'));
    }

    [Test]
    public void A_private_key_file_without_a_key_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiosk-not-a-key-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, "hello");
        try
        {
            var problem = Services().AddFhirIntegration(Config(new()
            {
                ["Hub:Fhir:TokenUrl"] = "https://ehr.example.org/token", ["Hub:Fhir:ClientId"] = "kiosk", ["Hub:Fhir:PrivateKeyFile"] = path,
            }));

            Assert.That(problem, Does.Contain($"PrivateKeyFile {path} holds no RSA private key in PEM form"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_bearer_token_and_smart_together_are_refused() =>
        Assert.That(Services().AddFhirIntegration(Config(new() { ["Hub:Fhir:BearerToken"] = "t", ["Hub:Fhir:TokenUrl"] = "https://ehr.example.org/token" })),
            Does.Contain("either BearerToken or TokenUrl"));

    private static IConfiguration Config(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
