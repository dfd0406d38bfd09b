using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.CheckIn;

/// <summary>A kiosk someone has used to try name after name sends the next patient to the desk, kindly.</summary>
public sealed class KioskLookupLimitTests : BrowserFixture
{
    /// <summary>The hub's NameTries.MaxWrong: names and birth dates matching nobody that stop a kiosk looking names up.</summary>
    private const int MaxWrong = 10;

    [Test]
    public async Task After_ten_names_matching_nobody_the_next_patient_is_sent_to_the_desk_with_help_at_hand_not_an_error()
    {
        // The same kiosk, working through birth dates for one name.
        await using var sameKiosk = await Lobby.Hub.KioskAsync();
        for (var i = 1; i <= MaxWrong; i++)
        {
            var guess = DemoPatients.Rahman with { DateOfBirth = DemoPatients.Rahman.DateOfBirth.AddDays(i) };
            Assert.That((await sameKiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), guess)).Outcome, Is.EqualTo(LookupOutcome.NotFound));
        }

        var kiosk = await OpenKioskAsync();
        await kiosk.StartAsync();
        await kiosk.FindAsync("Rahman", "2", "11", "1990");

        await Expect(kiosk.Message).ToHaveTextAsync("We could not find those details several times. Please see the front desk and we will check you in.");
        await Expect(kiosk.Page.GetByRole(AriaRole.Button, new() { Name = "Get help" })).ToBeVisibleAsync();
        await Expect(kiosk.Page.GetByText("Aisha")).ToHaveCountAsync(0);
        await kiosk.LookAsync("too-many-names");
        await Expect(Blazor.ErrorBar(kiosk.Page)).ToBeHiddenAsync();
        Assert.That(kiosk.AxeFindings, Is.Empty);
    }
}
