using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Retention;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Callbacks;

public sealed class RetentionTests : OnAFreshHub
{
    [Test]
    public async Task Thirty_days_after_closing_the_number_words_notes_and_role_go_and_the_audit_stays()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var old = (await kiosk.AskAsync(ticket.Token, "billing", "Billed twice for 12 May", ReplyChannel.CallMeBack, Questions.UkMobile)).Value!.Id;
        var recent = (await kiosk.AskAsync(ticket.Token, "insurance", "Am I covered?")).Value!.Id;
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), old);
        await reception.ActAsync(nameof(IWaitingRoomHub.AddCallbackNote), old, "Spoke to her daughter");
        await reception.ActAsync(nameof(IWaitingRoomHub.EscalateCallback), old, "billing manager");
        await reception.ActAsync(nameof(IWaitingRoomHub.CloseCallback), old);
        var cutoff = DateTimeOffset.UtcNow;
        var open = (await kiosk.AskAsync(ticket.Token, "referrals", "Is my referral through?", ReplyChannel.CallMeBack, Questions.UkMobile)).Value!.Id;
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), recent);
        await reception.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), recent, "Yes, you are covered.");
        await reception.ActAsync(nameof(IWaitingRoomHub.CloseCallback), recent);
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), open);
        var before = await RowsAsync();
        var retention = new PatientDataRetention(
            Server.Services.GetRequiredService<IServiceScopeFactory>(),
            new FakeTimeProvider(cutoff.AddDays(30)),
            Server.Services.GetRequiredService<ClinicProfile>(),
            new RetentionOptions(PatientDataDays: 30),
            NullLogger<PatientDataRetention>.Instance);

        var purged = (await retention.PurgeAsync(CancellationToken.None)).Questions;
        var again = (await retention.PurgeAsync(CancellationToken.None)).Questions;
        var after = await RowsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((purged, again), Is.EqualTo((1, 0)));
            var o = after[old];
            Assert.That((o.Phone, o.Text, o.PurgedAt is null), Is.EqualTo(((string?)null, (string?)null, false)));
            Assert.That(o.Events.Select(e => e.Detail), Is.All.Null, "the note and the role escalated to were typed words too");
            Assert.That(o.Events.Select(e => (e.Kind, e.At, e.By)), Is.EqualTo(before[old].Events.Select(e => (e.Kind, e.At, e.By))), "the audit trail stays whole");
            Assert.That((o.TopicId, o.State, o.ReceivedAt), Is.EqualTo((before[old].TopicId, "Closed", before[old].ReceivedAt)));
            Assert.That(Snapshot(after[open]), Is.EqualTo(Snapshot(before[open])), "an open request asked inside the window keeps everything");
            Assert.That(Snapshot(after[recent]), Is.EqualTo(Snapshot(before[recent])), "closed less than 30 days ago keeps everything");
            Assert.That(after[recent].Events.Select(e => e.Detail), Has.Member("Yes, you are covered."));
        }
    }

    private static string Snapshot(CallbackRequestRow r) =>
        $"{r.Phone}|{r.Text}|{r.State}|{r.PurgedAt}|{string.Join(";", r.Events.Select(e => $"{e.Kind},{e.By},{e.Detail}"))}";

    private async Task<Dictionary<Guid, CallbackRequestRow>> RowsAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        var rows = await db.CallbackRequests.AsNoTracking().Include(c => c.Events).ToListAsync();
        foreach (var r in rows) r.Events = [.. r.Events.OrderBy(e => e.Id)];
        return rows.ToDictionary(r => r.Id);
    }
}
