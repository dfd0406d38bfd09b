using Kiosk.App.Hub;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Kiosk.EndToEnd.Tests.KioskBox;

/// <summary>
/// The real kiosk app on a loopback port, enrolled with a hub, with settings a kiosk box sets in kiosk.env
/// (Kiosk:HideCursor, Kiosk:ScreenStaleAfter). Its data folder is fresh and deleted with it.
/// </summary>
public sealed class SettingsKiosk : WebApplicationFactory<HubClient>
{
    private readonly Uri _hubUrl;
    private readonly string _deviceKey;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private SettingsKiosk(Uri hubUrl, string deviceKey, IReadOnlyDictionary<string, string> settings)
    {
        _hubUrl = hubUrl;
        _deviceKey = deviceKey;
        _settings = settings;
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    private string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"kiosk-e2e-box-{Guid.NewGuid():N}");

    public static SettingsKiosk Start(Uri hubUrl, string deviceKey, IReadOnlyDictionary<string, string> settings)
    {
        var kiosk = new SettingsKiosk(hubUrl, deviceKey, settings);
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
        builder.UseSetting("Kiosk:HubUrl", _hubUrl.ToString());
        builder.UseSetting("Kiosk:DeviceKey", _deviceKey);
        builder.UseSetting("Kiosk:DataFolder", DataFolder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }
}
