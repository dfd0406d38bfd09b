using Kiosk.Contracts;
using Kiosk.Hub;
using Kiosk.Hub.Admin;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Clinic.Setup;
using Kiosk.Hub.Components;
using Kiosk.Hub.Health;
using Kiosk.Hub.History;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Fhir;
using Kiosk.Hub.Limits;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Phone;
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

// "./kiosk admin …" runs the same host against the same database, does one job, and exits.
var admin = args is ["admin", .. var adminArgs] ? adminArgs : null;
var builder = WebApplication.CreateBuilder(admin is null ? args : []);
if (admin is not null)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

// Serve framework assets (blazor.web.js) from the build output in every environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();
if ((builder.Services.AddContentFiles(builder.Configuration, builder.Environment)
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
builder.Services.AddLiveCredentials();
// Filters on the waiting room's hub only (Blazor's own circuit hub is not ours to refuse or count),
// outermost first: a revoked credential, then refusals made readable, then the limits inside them.
builder.Services.AddSignalR().AddHubOptions<WaitingRoomHub>(o =>
{
    o.AddFilter<LiveCredentialsFilter>();
    o.AddFilter<RefusalsAsResults>();
    o.AddFilter<CallerLimits>();
});
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddHealthChecks();

var app = builder.Build();
await app.MigrateHubDatabaseAsync();
if (admin is not null)
{
    return await AdminCommand.RunAsync(app.Services, admin, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
}

await app.SeedDemoHistoryAsync();
await app.ReportAccessAsync();

app.UseTransportSecurity();
app.UseLimits();
app.UseHubAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHub<WaitingRoomHub>(HubRoutes.WaitingRoom);
app.MapPhonePage();
app.MapHistoryExport();
app.MapStaffSignOut();
app.MapCallbackReport();
app.MapHealthChecks("/healthz");
app.MapGet("/", () => Results.Redirect("/reception"));
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;
