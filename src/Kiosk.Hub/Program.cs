using Kiosk.Contracts;
using Kiosk.Hub;
using Kiosk.Hub.Admin;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Clinic.Setup;
using Kiosk.Hub.Display;
using Kiosk.Hub.Components;
using Kiosk.Hub.Exports;
using Kiosk.Hub.Health;
using Kiosk.Hub.History;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Fhir;
using Kiosk.Hub.Limits;
using Kiosk.Hub.Nodes;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Persistence.Backup;
using Kiosk.Hub.Phone;
using Kiosk.Hub.Readiness;
using Kiosk.Hub.Realtime;
using Kiosk.Hub.Retention;
using Kiosk.Hub.Room;
using Kiosk.Hub.Staff;
using Microsoft.AspNetCore.SignalR;

// "./kiosk clinic …" writes or checks a clinic file: no host, no database.
if (args is ["clinic", .. var clinicArgs])
{
    return ClinicCommand.Run(clinicArgs, Console.In, Console.Out, ClinicSetupPaths.FromEnvironment(), echoAnswers: Console.IsInputRedirected);
}

// Backups, restores and a container's health check: the hub's settings, but never the hub itself.
if (args is ["backup" or "restore" or "healthcheck", ..])
{
    var settings = WebApplication.CreateBuilder([]);
    return await BackupCommand.RunAsync(args, settings.Configuration, settings.Environment, Console.Out, Console.Error);
}

// "./kiosk admin …" and "./kiosk export …" run the same host against the same database, do one job, and exit.
var job = args is ["admin" or "export", ..] ? args : null;
var builder = WebApplication.CreateBuilder(job is null ? args : []);
// Under systemd (Type=notify) the unit is "started" once the hub listens; elsewhere this does nothing.
builder.Host.UseSystemd();
if (job is not null)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

// Serve framework assets (blazor.web.js) from the build output in every environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();
if ((DatabaseSetup.Problem(builder.Configuration)
        ?? NodesSetup.Problem(builder.Configuration)
        ?? builder.Services.AddContentFiles(builder.Configuration, builder.Environment)
        ?? builder.Services.AddLimits(builder.Configuration)
        ?? builder.Services.AddRetention(builder.Configuration)
        ?? builder.Services.AddFhirIntegration(builder.Configuration)) is { } badSetup)
{
    await Console.Error.WriteLineAsync(badSetup);
    return 2;
}

builder.Services.AddHubDatabase(builder.Configuration, builder.Environment);
builder.Services.AddScheduleImport();
builder.Services.AddHubAuth(builder.Configuration);
builder.Services.AddSingleton<IRoomNotifier, RoomNotifier<WaitingRoomHub>>();
builder.Services.AddKioskHealth();
builder.Services.AddExports();
builder.Services.AddLiveCredentials();
// Filters on the waiting room's hub only (Blazor's own circuit hub is not ours to refuse or count),
// outermost first: a revoked credential, then refusals made readable, then the limits inside them.
var signalR = builder.Services.AddSignalR().AddHubOptions<WaitingRoomHub>(o =>
{
    o.AddFilter<LiveCredentialsFilter>();
    o.AddFilter<RefusalsAsResults>();
    o.AddFilter<CallerLimits>();
});
// One node by default; with Hub:Redis, pushes and room news reach every node (SignalR's Redis backplane).
builder.Services.AddHubNodes(signalR, builder.Configuration);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddReadiness();

var app = builder.Build();
await app.MigrateHubDatabaseAsync();
switch (job)
{
    case ["admin", .. var adminArgs]:
        return await AdminCommand.RunAsync(app.Services, adminArgs, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
    case ["export", .. var exportArgs]:
        return await ExportCommand.RunAsync(app.Services, exportArgs, Console.Out, Console.Error, $"{Environment.UserName} (command line)");
}

await app.SeedDemoHistoryAsync();
await app.ReportAccessAsync();

app.UseTransportSecurity();
app.UseLimits();
app.UseHubAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UsePhonePageCompression();
app.MapStaticAssets();
app.UseLobbyMedia();
app.MapHub<WaitingRoomHub>(HubRoutes.WaitingRoom);
app.MapPhonePage();
app.MapClinicLogo();
app.MapHistoryExport();
app.MapStaffSignOut();
app.MapCallbackReport();
app.MapExports();
app.MapReadiness();
app.MapGet("/", () => Results.Redirect("/reception"));
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;
