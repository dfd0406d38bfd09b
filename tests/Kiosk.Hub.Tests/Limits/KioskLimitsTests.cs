using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Limits;

/// <summary>A kiosk key, even a stolen one, checks in and looks up no faster than a kiosk can; other kiosks go on working.</summary>
public sealed class KioskLimitsTests : OnALimitedHub
{
    [Test]
    public async Task A_kiosk_over_its_check_in_limit_is_refused_with_the_reason_while_another_kiosk_is_not()
    {
        Server = Limited.Hub("CheckInsPerKiosk", burst: 2);
        await using var lobby = await Server.KioskAsync();
        await using var upstairs = await Server.ConnectAsync(await Server.Enrolled("upstairs"));
        var visitsBefore = Server.CountRows("Visits");
        await lobby.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), WalkIn("Ada"));
        await lobby.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), WalkIn("Ben"));

        var refused = await Assert.ThrowsAsync<HubException>(() => lobby.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), WalkIn("Cal")));
        var checkIn = await Assert.ThrowsAsync<HubException>(() => lobby.CheckInAsync(DemoPatients.Rahman));
        var elsewhere = await upstairs.CheckInAsync(DemoPatients.Rahman);

        Assert.That(HubRefusals.IsTooManyRequests(refused!.Message), Is.True, refused.Message);
        Assert.That(refused.Message, Does.Contain("checked in more people in a short time than a kiosk can"));
        Assert.That(HubRefusals.IsTooManyRequests(checkIn!.Message), Is.True, "walk-ins and check-ins share the limit");
        Assert.That(elsewhere.Code, Is.Not.Empty);
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(visitsBefore + 3), "the refused walk-in was not created");
    }

    [Test]
    public async Task A_kiosk_over_its_lookup_limit_is_refused_while_another_kiosk_is_not()
    {
        Server = Limited.Hub("LookupsPerKiosk", burst: 1);
        await using var lobby = await Server.KioskAsync();
        await using var upstairs = await Server.ConnectAsync(await Server.Enrolled("upstairs"));
        await lobby.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Chen);

        var refused = await Assert.ThrowsAsync<HubException>(() => lobby.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointmentByCode), new CodeLookup(DemoCodes.Rahman)));
        var elsewhere = await upstairs.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Chen);

        Assert.That(HubRefusals.IsTooManyRequests(refused!.Message), Is.True, refused.Message);
        Assert.That(elsewhere.Outcome, Is.EqualTo(LookupOutcome.Found));
    }

    [Test]
    public async Task A_backlog_from_a_kiosk_that_was_offline_is_not_held_back_by_the_live_check_in_limit_but_has_its_own()
    {
        Server = Limited.Hub("OutboxCheckInsPerKiosk", burst: 3, settings: new Dictionary<string, string>
        {
            ["Limits:CheckInsPerKiosk:Burst"] = "1", ["Limits:CheckInsPerKiosk:Refill"] = "1", ["Limits:CheckInsPerKiosk:Every"] = "1.00:00:00",
        });
        await using var lobby = await Server.KioskAsync();
        await lobby.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), WalkIn("Ada"));

        foreach (var name in new[] { "Ben", "Cal", "Dee" })
        {
            await lobby.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), Told(name));
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => lobby.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), Told("Eve")));
        Assert.That(refused!.Message, Does.Contain("offline check-ins"));
        Assert.That(Server.CountRows("Visits"), Is.EqualTo(4));
    }

    private static WalkInRequest Told(string firstName) => WalkIn(firstName) with
    {
        Outbox = new(DateTimeOffset.UtcNow.AddMinutes(-1), Kiosk.WaitingRoom.Visits.VisitTicket.NewToken(), ToldCheckedIn: true),
    };

    private static WalkInRequest WalkIn(string firstName) => new(Guid.NewGuid(), firstName, "Walker", new DateOnly(1980, 1, 1), WalkInReasons.Unwell);
}
