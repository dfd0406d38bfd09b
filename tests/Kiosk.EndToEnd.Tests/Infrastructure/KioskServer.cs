using Kiosk.App.Core.Hub;
using Kiosk.App.Hub;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>The real kiosk app on a real loopback port, enrolled with the hub by its device key.</summary>
public sealed class KioskServer : WebApplicationFactory<HubClient>
{
    private readonly Uri _hubUrl;
    private readonly string _deviceKey;

    private readonly TimeProvider? _time;

    private KioskServer(Uri hubUrl, string deviceKey, TimeProvider? time)
    {
        _hubUrl = hubUrl;
        _deviceKey = deviceKey;
        _time = time;
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>This kiosk's own data folder (outbox, appointment copy): a fresh one per kiosk, deleted with it.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"kiosk-e2e-{Guid.NewGuid():N}");

    /// <summary>With <paramref name="time"/>, the kiosk's screens run on a clock the test moves (idle tests).</summary>
    public static KioskServer Start(Uri hubUrl, string deviceKey, TimeProvider? time = null)
    {
        var server = new KioskServer(hubUrl, deviceKey, time);
        server.UseKestrel(0);
        server.StartServer();
        return server;
    }

    /// <summary>The kiosk connects in the background; a check-in before then is refused as "cannot reach".</summary>
    public async Task WaitUntilOnlineAsync(TimeSpan timeout)
    {
        var gateway = Services.GetRequiredService<IWaitingRoomGateway>();
        var online = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLinkChanged(HubLink link)
        {
            if (link == HubLink.Online)
            {
                online.TrySetResult();
            }
        }

        gateway.LinkChanged += OnLinkChanged;
        try
        {
            if (gateway.Link == HubLink.Online)
            {
                return;
            }

            await online.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The kiosk did not connect to the hub at {_hubUrl} within {timeout.TotalSeconds} s (link: {gateway.Link}).");
        }
        finally
        {
            gateway.LinkChanged -= OnLinkChanged;
        }
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
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        if (_time is not null)
        {
            builder.ConfigureServices(s => s.AddSingleton(_time));
        }
    }
}
