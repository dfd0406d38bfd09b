using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Clinic;
using Kiosk.App.Components;
using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.CheckIn;
using Kiosk.App.Core.Hub;
using Kiosk.App.Health;
using Kiosk.App.Hub;
using Kiosk.App.Offline;
using Kiosk.Contracts.Clinic;
using Kiosk.Contracts.Lobby;
using Kiosk.Contracts.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.FileProviders;

// "Kiosk.App drill" runs this kiosk with walk-ins typed on standard input (OutboxDrill): the reliability tests' kiosk.
var drill = args is [OutboxDrill.Command, ..];
var builder = WebApplication.CreateBuilder(drill ? args[1..] : args);
// Under systemd (Type=notify): says "ready" when listening and logs in journald's format; elsewhere nothing changes.
builder.Host.UseSystemd();
// The device key as a systemd credential (LoadCredential=Kiosk__DeviceKey:…): only this service can read it.
builder.Configuration.AddSystemdCredentials(Environment.GetEnvironmentVariable("CREDENTIALS_DIRECTORY"));
// Serve framework assets (blazor.web.js) from the build output in every environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();
builder.Services.Configure<KioskOptions>(builder.Configuration.GetSection("Kiosk"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => new CurrentLook(ClinicLook.Plain(sp.GetRequiredService<IOptions<KioskOptions>>().Value.ClinicName, sp.GetRequiredService<TimeProvider>())));
builder.Services.AddKioskOffline();
builder.Services.AddSingleton<ScreenHeartbeat>();
builder.Services.AddSingleton(sp => new HubClient(
    sp.GetRequiredService<IOptions<KioskOptions>>(), sp.GetRequiredService<ILogger<HubClient>>(), sp.GetRequiredService<TimeProvider>(),
    sp.GetRequiredService<KioskSelfReport>(), sp.GetRequiredService<CurrentLook>(), sp.GetRequiredService<KioskDisk>().Copies));
builder.Services.AddSingleton<IWaitingRoomGateway>(sp => sp.GetRequiredService<HubClient>());
builder.Services.AddHostedService(sp => sp.GetRequiredService<HubClient>());
var stringsFolder = Path.GetFullPath(builder.Configuration["Kiosk:StringsFolder"] ?? "../../kiosk-content/strings", builder.Environment.ContentRootPath);
var playlistFile = Path.GetFullPath(builder.Configuration["Kiosk:Playlist"] ?? "../../kiosk-content/playlist.json", builder.Environment.ContentRootPath);
builder.Services.AddSingleton(KioskStrings.Load(stringsFolder));
var mediaFolder = Path.GetFullPath(builder.Configuration["Kiosk:MediaFolder"] ?? "../../kiosk-content/media", builder.Environment.ContentRootPath);
builder.Services.AddSingleton(sp => LobbyPlaylist.Load(playlistFile, sp.GetRequiredService<ILogger<LobbyPlaylist>>(), mediaFolder));
var contentVersion = ContentVersion.Of(stringsFolder, playlistFile);
builder.Services.AddSingleton(sp => sp.GetRequiredService<KioskDisk>() is var disk && disk.Outbox is { } outbox
    ? new KioskSelfReport(contentVersion, outbox.PendingCount, () => disk.Copies?.TakenAt)
    : new KioskSelfReport(contentVersion));
// One messenger per kiosk screen session (a Blazor circuit): the session's ViewModels talk through it, never through a static default.
builder.Services.AddScoped<IMessenger>(_ => new WeakReferenceMessenger());
builder.Services.AddScoped(sp => new CheckInViewModel(
    sp.GetRequiredService<IWaitingRoomGateway>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<KioskStrings>(),
    sp.GetRequiredService<IMessenger>(), sp.GetRequiredService<CurrentLook>(), sp.GetRequiredService<OfflineParts>().Kiosk));
builder.Services.AddSingleton<ICallbackGateway>(sp => sp.GetRequiredService<HubClient>());
builder.Services.AddScoped(sp => new AskQuestionViewModel(
    sp.GetRequiredService<ICallbackGateway>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IMessenger>(),
    sp.GetRequiredService<CurrentLook>(), sp.GetRequiredService<OfflineParts>().Kiosk?.Outbox));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
if (drill)
{
    builder.Services.AddHostedService<OutboxDrill>();
}

var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
if (Directory.Exists(mediaFolder))
{
    // Lobby videos from kiosk-content/media, at /media/<file>: only the files the playlist names play.
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(mediaFolder), RequestPath = "/media" });
}

app.MapClinicLogo();
app.MapScreenHealth();
// The outbox depth (null: no outbox) and when today's appointment copy was taken (null: none), as the heartbeat says them.
app.MapGet("/healthz", (IWaitingRoomGateway hub, KioskSelfReport self) =>
    Results.Ok(new { hub = hub.Link.ToString(), outboxDepth = self.Now().OutboxDepth, copyTakenAt = self.Now().CopyTakenAt }));
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
