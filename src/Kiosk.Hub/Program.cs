using Kiosk.Contracts;
using Kiosk.Hub.Auth;
using Kiosk.Hub.Callbacks;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Components;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Phone;
using Kiosk.Hub.Realtime;
using Microsoft.AspNetCore.SignalR;

var builder = WebApplication.CreateBuilder(args);
// Serve framework assets (blazor.web.js) from the build output in every environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddWaitingRoom(builder.Configuration, builder.Environment);
builder.Services.AddCallbacks(builder.Configuration, builder.Environment);
builder.Services.AddHubDatabase(builder.Configuration, builder.Environment);
builder.Services.AddHubAuth(builder.Configuration);
builder.Services.AddSignalR(o => o.AddFilter<RefusalsAsHubErrors>());
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddHealthChecks();

var app = builder.Build();
await app.MigrateHubDatabaseAsync();
app.ReportAccess();

app.UseAuthentication();
app.UseUnknownKeysRefused();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHub<WaitingRoomHub>(HubRoutes.WaitingRoom);
app.MapPhonePage();
app.MapStaffSignOut();
app.MapCallbackReport();
app.MapHealthChecks("/healthz");
app.MapGet("/", () => Results.Redirect("/reception"));
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
