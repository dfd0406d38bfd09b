using Kiosk.App.Hub;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.App.Tests.Health;

/// <summary>
/// The real kiosk app in this process, on a loopback port, with no hub to reach (a port nothing listens on): enough for its own
/// endpoints and settings. Extra settings and a clock are the test's; its data folder is fresh and deleted with it.
/// </summary>
public sealed class LoneKiosk(IReadOnlyDictionary<string, string>? settings = null, TimeProvider? time = null) : WebApplicationFactory<HubClient>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"kiosk-lone-{Guid.NewGuid():N}");

    /// <summary>On a real loopback port, as the kiosk runs (and never on its usual 5090, which a demo may hold).</summary>
    public static LoneKiosk Start(IReadOnlyDictionary<string, string>? settings = null, TimeProvider? time = null)
    {
        var kiosk = new LoneKiosk(settings, time);
        kiosk.UseKestrel(0);
        kiosk.StartServer();
        return kiosk;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kiosk:HubUrl", "http://127.0.0.1:9");
        builder.UseSetting("Kiosk:DataFolder", DataFolder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        if (time is not null)
        {
            builder.ConfigureServices(s => s.AddSingleton(time));
        }
    }
}
