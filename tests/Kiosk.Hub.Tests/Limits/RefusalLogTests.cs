using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace Kiosk.Hub.Tests.Limits;

/// <summary>Ordinary refusals are not faults: anonymous callers must not be able to fill the log with error-level stack traces.</summary>
public sealed class RefusalLogTests : OnALimitedHub
{
    private readonly RecordedLogs _logs = new();

    [Test]
    public async Task A_refused_call_is_one_information_line_without_a_stack_trace()
    {
        Server = new HubServer(logs: _logs);
        await using var phone = await Server.AnonymousAsync();

        var refusal = await phone.RefusalAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), HubServer.Secret());

        var lines = _logs.Lines.Where(l => l.Message.Contains(nameof(IWaitingRoomHub.WatchTicket), StringComparison.Ordinal)).ToList();
        Assert.That(lines.Select(l => (l.Level, l.Exception)), Is.EqualTo(new[] { (LogLevel.Information, (Exception?)null) }), string.Join("\n", lines));
        Assert.That(refusal.Code, Is.EqualTo(RefusalCodes.TicketNotValid));
        Assert.That(lines.Single().Message, Does.Contain("not valid or the visit has ended"));
        Assert.That(_logs.Lines.Where(l => l.Level >= LogLevel.Error), Is.Empty);
    }

    [Test]
    public async Task A_flood_of_refusals_by_a_limit_is_one_warning_that_names_no_ticket()
    {
        Server = Limited.Hub("HelpPerTicket", burst: 1, _logs);
        await using var kiosk = await Server.KioskAsync();
        await using var phone = await Server.AnonymousAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);

        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token);
        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<HubException>(() => phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), ticket.Token));
        }

        var refusals = _logs.Lines.Where(l => l.Category.EndsWith(".RefusalLog", StringComparison.Ordinal) || l.Category.EndsWith(".RefusalsAsResults", StringComparison.Ordinal));
        Assert.That(refusals.Select(l => (l.Level, l.Message)), Is.EqualTo(new[] { (LogLevel.Warning, "Limit 'help requests per ticket' reached by a ticket; its further refusals this minute are not logged.") }));
        Assert.That(_logs.Lines.Where(l => l.Message.Contains(ticket.Token, StringComparison.Ordinal)), Is.Empty);
        Assert.That(_logs.Lines.Where(l => l.Level >= LogLevel.Error), Is.Empty);
    }
}
