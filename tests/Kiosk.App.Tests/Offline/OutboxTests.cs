using System.Text;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.App.Tests.Offline;

/// <summary>The outbox on a real SQLite file: nothing told is lost, everything arrives once and in order.</summary>
public sealed class OutboxTests
{
    [Test]
    public async Task With_the_hub_there_a_check_in_is_sent_at_once_with_the_kiosks_token_and_is_done()
    {
        using var kit = new OfflineKit();
        kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token));

        var answer = await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));

        var sent = kit.Hub.CheckIns.Single();
        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.TypeOf<OutboxAnswer<TicketView>.Sent>());
            Assert.That(sent.Outbox!.Token, Has.Length.EqualTo(27).And.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(sent.Outbox.ToldCheckedIn, Is.False, "nothing was shown before the hub answered");
            Assert.That(sent.Outbox.RecordedAt, Is.EqualTo(OfflineKit.Morning));
            Assert.That(kit.Outbox.Depth, Is.Zero);
            Assert.That(kit.Store.Find(sent.IdempotencyKey)!.Request, Is.Null, "a delivered entry keeps no personal data");
        });
    }

    [Test]
    public async Task Kept_while_offline_everything_is_delivered_once_in_the_order_it_happened_when_the_hub_is_back()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        var garcia = OfflineKit.CheckIn(OfflineKit.Garcia);
        var walkIn = new WalkInRequest(Guid.NewGuid(), "Sam", "Okafor", new DateOnly(1990, 3, 4), WalkInReasons.Unwell);
        var first = (OutboxAnswer<TicketView>.Queued)await kit.Outbox.CheckInAsync(garcia, OfflineKit.Garcia);
        await kit.Outbox.WalkInAsync(walkIn);
        var question = new AskQuestionRequest(Guid.NewGuid(), first.Entry.Token!, "billing", "Do you take my card?", ReplyChannel.TellMeHere, null);
        await kit.Outbox.AskQuestionAsync(question);
        Assert.That(kit.Outbox.Depth, Is.EqualTo(3));

        var order = new List<string>();
        kit.Hub.OnCheckIn = r => { order.Add("check-in"); return HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token)); };
        kit.Hub.OnWalkIn = r => { order.Add("walk-in"); return HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token, "W3")); };
        kit.Questions.OnAsk = r => { order.Add("question"); return HubResult.Ok(Callbacks.FakeCallbackGateway.Status(r, QuestionStatus.Received)); };
        kit.Hub.Goes(HubLink.Online);
        Assert.That(await kit.Outbox.DrainAsync(), Is.True);
        Assert.That(await kit.Outbox.DrainAsync(), Is.True);

        Assert.Multiple(() =>
        {
            Assert.That(order, Is.EqualTo(new[] { "check-in", "walk-in", "question" }));
            Assert.That(kit.Hub.CheckIns.Single().Outbox, Is.EqualTo(first.Entry.Stamp! with { ToldCheckedIn = true }), "the stamp as recorded, now told");
            Assert.That(kit.Hub.CheckIns.Single().Outbox!.Copy, Is.EqualTo(OfflineKit.Garcia));
            Assert.That(kit.Hub.WalkIns.Single().Outbox!.ToldCheckedIn, Is.True);
            Assert.That(kit.Questions.Asked.Single().TicketToken, Is.EqualTo(first.Entry.Token));
            Assert.That(kit.Outbox.Depth, Is.Zero);
        });
    }

    [Test]
    public async Task A_new_check_in_waits_behind_an_older_one_still_pending_even_with_the_hub_there()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        kit.Hub.Goes(HubLink.Online);
        kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token));

        var second = await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garner));

        Assert.That(second, Is.TypeOf<OutboxAnswer<TicketView>.Queued>());
        Assert.That(kit.Hub.CheckIns, Is.Empty);
        await kit.Outbox.DrainAsync();
        Assert.That(kit.Hub.CheckIns.Select(c => c.LastName), Is.EqualTo(new[] { "García", "Garner" }));
    }

    [Test]
    public async Task When_the_hub_does_not_answer_in_time_the_entry_is_marked_told_on_disk_before_the_screen_hears_queued()
    {
        using var kit = new OfflineKit();
        var never = new TaskCompletionSource<HubResult<TicketView>>();
        var hanging = new HangingGateway(kit.Hub, never.Task);
        using var outbox = new Outbox(kit.Store, hanging, null, kit.Time);

        var submitting = outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        await hanging.Called.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(submitting.IsCompleted, Is.False);
        kit.Time.Advance(Outbox.DefaultSendTimeout);
        var answer = (OutboxAnswer<TicketView>.Queued)await submitting.WaitAsync(TimeSpan.FromSeconds(10));

        // Read by a second connection, as the next process would after a power cut.
        using var other = new OutboxStore(kit.OutboxFile, new SealedBox(OfflineKit.DeviceKey, SealedBox.OutboxPurpose), kit.Time);
        Assert.That(other.Find(answer.Entry.Key)!.Told, Is.True);
        Assert.That(other.PendingCount(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_crash_after_the_hub_took_a_check_in_but_before_it_was_marked_resends_it_with_the_same_key_and_token()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        var queued = (OutboxAnswer<TicketView>.Queued)await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        kit.Hub.Goes(HubLink.Online);
        // The hub records it, then the answer is lost with the connection.
        kit.Hub.OnCheckIn = _ => throw new HubUnavailableException("dropped before the answer");
        Assert.That(await kit.Outbox.DrainAsync(), Is.False);

        kit.Crash();
        kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token));
        Assert.That(kit.Outbox.Depth, Is.EqualTo(1), "the reopened file still holds it");
        await kit.Outbox.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(kit.Hub.CheckIns.Select(c => c.IdempotencyKey).Distinct().Single(), Is.EqualTo(queued.Entry.Key));
            Assert.That(kit.Hub.CheckIns.Select(c => c.Outbox!.Token).Distinct().Single(), Is.EqualTo(queued.Entry.Token));
            Assert.That(kit.Outbox.Depth, Is.Zero);
        });
    }

    [Test]
    public async Task The_drain_stops_at_the_first_unreachable_hub_and_keeps_the_rest_in_order()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garner));
        kit.Hub.Goes(HubLink.Online);
        kit.Hub.OnCheckIn = _ => throw new HubUnavailableException("gone again");

        Assert.That(await kit.Outbox.DrainAsync(), Is.False);
        Assert.That(kit.Hub.CheckIns.Select(c => c.LastName), Is.EqualTo(new[] { "García" }), "the second is not tried past the first");
        Assert.That(kit.Outbox.Depth, Is.EqualTo(2));
    }

    [Test]
    public async Task A_told_check_in_the_hub_refuses_is_done_and_never_sent_again()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        var queued = (OutboxAnswer<TicketView>.Queued)await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        kit.Hub.Goes(HubLink.Online);
        kit.Hub.OnCheckIn = _ => HubResult.Refused<TicketView>(new Refusal(RefusalCodes.TooLate, "too late"));

        await kit.Outbox.DrainAsync();
        await kit.Outbox.DrainAsync();

        Assert.That(kit.Hub.CheckIns, Has.Count.EqualTo(1));
        Assert.That(kit.Store.Find(queued.Entry.Key)!.Outcome, Is.EqualTo($"refused:{RefusalCodes.TooLate}"));
    }

    [Test]
    public async Task The_outbox_file_logs_ahead_so_a_killed_kiosk_leaves_whole_entries_or_none()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));

        using var file = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={kit.OutboxFile};Mode=ReadOnly;Pooling=False");
        file.Open();
        using var ask = file.CreateCommand();
        ask.CommandText = "PRAGMA journal_mode";

        Assert.That(ask.ExecuteScalar(), Is.EqualTo("wal"));
    }

    [TestCase(HubRefusals.TooManyRequests)]
    [TestCase(RefusalCodes.NotAllowed)]
    public async Task Turned_away_at_the_door_is_no_answer_the_entry_is_kept_and_tried_again(string code)
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        var queued = (OutboxAnswer<TicketView>.Queued)await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Garcia));
        kit.Hub.Goes(HubLink.Online);
        kit.Hub.OnCheckIn = _ => HubResult.Refused<TicketView>(new Refusal(code, "not now"));

        Assert.That(await kit.Outbox.DrainAsync(), Is.False);
        kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token));
        Assert.That(await kit.Outbox.DrainAsync(), Is.True);

        Assert.That(kit.Hub.CheckIns, Has.Count.EqualTo(2));
        Assert.That(kit.Store.Find(queued.Entry.Key)!.Outcome, Is.EqualTo("delivered"));
    }

    [Test]
    public async Task A_question_refused_on_screen_can_be_corrected_and_sent_again_with_the_same_key()
    {
        using var kit = new OfflineKit();
        var key = Guid.NewGuid();
        var tooShort = new AskQuestionRequest(key, "token", "billing", "card?", ReplyChannel.CallMeBack, "0740");
        kit.Questions.OnAsk = r => r.Phone is null
            ? HubResult.Ok(Callbacks.FakeCallbackGateway.Status(r, QuestionStatus.Received))
            : HubResult.Refused<QuestionStatusView>(new Refusal("phone-too-short", "too short"));

        var refused = (OutboxAnswer<QuestionStatusView>.Sent)await kit.Outbox.AskQuestionAsync(tooShort);
        var corrected = await kit.Outbox.AskQuestionAsync(tooShort with { ReplyBy = ReplyChannel.TellMeHere, Phone = null });

        Assert.That(refused.Result.Refusal, Is.Not.Null);
        Assert.That(corrected, Is.TypeOf<OutboxAnswer<QuestionStatusView>.Sent>());
        Assert.That(((OutboxAnswer<QuestionStatusView>.Sent)corrected).Result.Value, Is.Not.Null);
        Assert.That(kit.Questions.Asked.Select(q => q.Phone), Is.EqualTo(new[] { "0740", null }));
    }

    [Test]
    public async Task The_patients_name_is_not_in_the_outbox_file_and_another_device_key_cannot_open_it()
    {
        using var kit = new OfflineKit();
        kit.Hub.Goes(HubLink.Reconnecting);
        await kit.Outbox.CheckInAsync(OfflineKit.CheckIn(OfflineKit.Later), OfflineKit.Later);
        kit.Crash();

        var bytes = Directory.GetFiles(kit.Folder, "outbox.db*").SelectMany(File.ReadAllBytes).ToArray();
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("Zyxwvutsrq"));
        Assert.That(Encoding.Unicode.GetString(bytes), Does.Not.Contain("Zyxwvutsrq"));
        using var stranger = new OutboxStore(kit.OutboxFile, new SealedBox("another-kiosk", SealedBox.OutboxPurpose), kit.Time);
        Assert.That(() => stranger.Pending(), Throws.InstanceOf<System.Security.Cryptography.CryptographicException>());
    }

    [Test]
    public async Task Delivered_rows_are_removed_once_their_day_is_over_and_pending_ones_stay()
    {
        using var kit = new OfflineKit();
        kit.Hub.OnCheckIn = r => HubResult.Ok(OfflineKit.Ticket(r.Outbox!.Token));
        var delivered = OfflineKit.CheckIn(OfflineKit.Garcia);
        await kit.Outbox.CheckInAsync(delivered);
        kit.Hub.Goes(HubLink.Reconnecting);
        var pending = OfflineKit.CheckIn(OfflineKit.Garner);
        await kit.Outbox.CheckInAsync(pending);

        kit.Time.Advance(TimeSpan.FromDays(1));
        kit.Outbox.ForgetDeliveredBefore(kit.Time.GetUtcNow().AddHours(-1));

        Assert.That(kit.Store.Find(delivered.IdempotencyKey), Is.Null);
        Assert.That(kit.Store.Find(pending.IdempotencyKey), Is.Not.Null);
    }

    /// <summary>A hub that takes the call and never answers.</summary>
    private sealed class HangingGateway(IWaitingRoomGateway inner, Task<HubResult<TicketView>> answer) : IWaitingRoomGateway
    {
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public HubLink Link => HubLink.Online;
        public event Action<HubLink>? LinkChanged { add { } remove { } }
        public event Action<TicketView>? TicketUpdated { add { } remove { } }
        public Task<HubResult<AppointmentLookupResult>> FindAppointmentAsync(AppointmentLookup lookup, CancellationToken ct = default) => inner.FindAppointmentAsync(lookup, ct);
        public Task<HubResult<TicketView>> CheckInAsync(CheckInRequest request, CancellationToken ct = default)
        {
            Called.TrySetResult();
            return answer;
        }

        public Task<HubResult<AppointmentLookupResult>> FindByCodeAsync(CodeLookup lookup, CancellationToken ct = default) => inner.FindByCodeAsync(lookup, ct);
        public Task<HubResult<TicketView>> CheckInByCodeAsync(CodeCheckInRequest request, CancellationToken ct = default) => answer;
        public Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default) => inner.LobbyWaitAsync(ct);
        public Task<HubResult<TicketView>> WalkInAsync(WalkInRequest request, CancellationToken ct = default) => answer;
        public Task<HubResult<TicketView>> WatchTicketAsync(string token, CancellationToken ct = default) => inner.WatchTicketAsync(token, ct);
        public void Unwatch(string token) => inner.Unwatch(token);
    }
}
