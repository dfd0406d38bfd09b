using Kiosk.Contracts;
using Kiosk.Contracts.Clinic;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Clinic;

/// <summary>The demo clinic's look reaches a real kiosk connection, and its logo is served as a picture, never a page.</summary>
public sealed class ClinicAppearanceTests : OnAFreshHub
{
    [Test]
    public async Task A_kiosk_is_told_the_clinics_name_colour_time_format_and_logo()
    {
        await using var kiosk = await Server.KioskAsync();

        var look = await kiosk.InvokeAsync<ClinicLook>(nameof(IWaitingRoomHub.Appearance));

        Assert.That((look.Name, look.Culture, look.TimeZone, look.Accent), Is.EqualTo(("Riverside Family Practice", "en-GB", "Europe/London", "#0b6e69")));
        Assert.That(look.Logo!.ContentType, Is.EqualTo("image/svg+xml"));
    }

    [Test]
    public async Task The_logo_is_served_to_anyone_kept_for_good_and_never_run_as_a_page()
    {
        await using var kiosk = await Server.KioskAsync();
        var look = await kiosk.InvokeAsync<ClinicLook>(nameof(IWaitingRoomHub.Appearance));
        using var http = Server.CreateClient();

        using var response = await http.GetAsync(look.Logo!.Path);

        Assert.That(response.IsSuccessStatusCode, Is.True);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(look.Logo.Bytes));
        Assert.That(response.Headers.CacheControl!.ToString(), Does.Contain("immutable"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("sandbox").And.Contain("default-src 'none'"));
    }
}
