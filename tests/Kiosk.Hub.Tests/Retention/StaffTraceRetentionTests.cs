using Kiosk.Hub.Retention;
using Kiosk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Hub.Tests.Retention;

/// <summary>Sign-ins leave sessions and per-address counts behind; retention clears them once they are long over.</summary>
public sealed class StaffTraceRetentionTests : OnTheHubsClock
{
    [Test]
    public async Task Sessions_long_over_and_quiet_sign_in_counts_are_purged_while_today_s_stay()
    {
        await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode);
        await Server.SignInAsync(HubServer.StaffUser, "not the password at all");
        var sessionsThen = Server.CountRows("StaffSessions");
        var attemptsThen = Server.CountRows("SignInAttempts");

        Time.Advance(TimeSpan.FromDays(2));
        await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode);
        await Server.Services.GetRequiredService<PatientDataRetention>().PurgeAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(sessionsThen, Is.GreaterThanOrEqualTo(1));
            Assert.That(attemptsThen, Is.GreaterThanOrEqualTo(1));
            Assert.That(Server.CountRows("StaffSessions"), Is.EqualTo(1), "only today's sign-in is left");
            Assert.That(Server.CountRows("SignInAttempts"), Is.LessThanOrEqualTo(1), "at most today's count for this address");
        });
    }
}
