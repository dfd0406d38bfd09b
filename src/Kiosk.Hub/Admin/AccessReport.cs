using Kiosk.Hub.Auth;
using Kiosk.Hub.Staff;

namespace Kiosk.Hub.Admin;

public static class AccessReport
{
    /// <summary>Says at start-up, without printing any secret, who will be able to connect, and how to change that.</summary>
    public static async Task ReportAccessAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ListAsync();
        var kiosks = (await scope.ServiceProvider.GetRequiredService<KioskEnrolments>().ListAsync()).Count(k => k.RevokedAt is null);
        app.Logger.LogInformation("{Staff} staff account(s) and {Kiosks} enrolled kiosk(s).", staff.Count(a => a.DisabledAt is null), kiosks);
        if (staff.Count == 0 || kiosks == 0)
        {
            app.Logger.LogWarning("Nobody can sign in to reception, or no kiosk can check in, until an admin runs ./kiosk admin create-user and ./kiosk admin enrol-kiosk.");
        }
    }
}
