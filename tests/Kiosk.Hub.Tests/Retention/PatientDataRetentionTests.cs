using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Room;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Retention;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.History;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hub.Tests.Retention;

/// <summary>A busy day, then the clock moves past the 30-day window: the file forgets the patients and keeps the statistics.</summary>
[Category(HubDatabaseCategories.SqliteFile)]
public sealed class PatientDataRetentionTests : OnTheHubsClock
{
    private static readonly string[] OldWords =
    [
        "Zebedee", "Quillfeather", "1961-04-03", "Tagalog", "Allergic to latex gloves", "Bring my blue inhaler",
        "+447400123456", "Billed twice for the May visit", "Spoke to her daughter", "Refund is on its way",
        "Is my referral through yet", "Left a voicemail at home", "Dr Oddbody in referrals", "Burst pipe in room four",
    ];

    private static readonly string[] RecentWords = ["Recentia", "Keepsake", "1970-01-02", "Recent care note words", "+447400654321", "Recent question words"];

    [Test]
    public async Task After_the_window_no_name_birth_date_code_phone_number_or_free_text_is_left_in_the_file_and_newer_data_is_untouched()
    {
        var clinic = Server.Services.GetRequiredService<ClinicProfile>();
        var day1 = clinic.Today(Time);
        var old = await BusyDayAsync();
        var before = await HistoryOfAsync(day1);
        var statistics = Counts(day1);
        Time.Advance(TimeSpan.FromDays(30));
        await RecentWalkInAsync();
        Time.Advance(TimeSpan.FromDays(1));

        // The hub's own timer fired as the clock moved; a pass asked for now waits for it, so all is done when it returns.
        await Server.Services.GetRequiredService<PatientDataRetention>().PurgeAsync(CancellationToken.None);

        var cells = HubFile.TextCells(Server);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(HubFile.BytesHolding(Server, [.. OldWords, .. old.Tokens]), Is.Empty, "anywhere in hub.db or its log, free pages and indexes included");
            Assert.That(cells.Where(c => OldWords.Any(c.Contains)), Is.Empty);
            Assert.That(HubFile.Strings(Server, $"SELECT DISTINCT FirstName || '|' || LastName || '|' || DateOfBirth || '|' || IFNULL(ConfirmationCode, '') FROM Appointments WHERE Day = '{Sql(day1)}'"),
                Is.EqualTo(new[] { "-|-|0001-01-01|" }), "every booking of the day, checked in or not, loses name, birth date and code (the demo books the same names again later, so bytes cannot show it)");
            Assert.That(cells.Where(c => c.StartsWith("Visits.CareNotes=", StringComparison.Ordinal)), Has.Exactly(1).Items.And.All.Contains("Recent care note words"), "only the recent walk-in's care notes");
            Assert.That(HubFile.BytesHolding(Server, RecentWords), Is.EqualTo(RecentWords), "a walk-in and a question inside the window keep everything");
            Assert.That(cells, Has.Member("Appointments.LastName=Keepsake").And.Member("CallbackRequests.Phone=+447400654321").And.Member("CallbackRequests.Text=Recent question words"));
            Assert.That(await HistoryOfAsync(day1), Is.EqualTo(before), "the estimator learns the same from the day, and the history export is the same");
            Assert.That(Counts(day1), Is.EqualTo(statistics), "visits, their events, estimates shown, ratings and alerts stay as rows");
            Assert.That(HubFile.Count(Server, "SELECT COUNT(*) FROM CallbackRequests WHERE PurgedAt IS NOT NULL"), Is.EqualTo(2), "the closed question and the one never closed");
        }
    }

    [Test]
    public async Task Inside_the_window_a_pass_changes_nothing()
    {
        await BusyDayAsync();
        // Staff sign-ins have a rule of their own (StaffTraceRetentionTests): gone a day after they end.
        var cells = HubFile.TextCells(Server).Where(c => !c.StartsWith("StaffSessions.", StringComparison.Ordinal) && !c.StartsWith("SignInAttempts.", StringComparison.Ordinal)).ToList();
        Time.Advance(TimeSpan.FromDays(29));

        var counts = await Server.Services.GetRequiredService<PatientDataRetention>().PurgeAsync(CancellationToken.None);

        Assert.That(counts, Is.EqualTo(new PurgeCounts(0, 0, 0)));
        Assert.That(HubFile.TextCells(Server), Is.SupersetOf(cells), "every name, number, note and code is still where it was");
        Assert.That(HubFile.BytesHolding(Server, OldWords), Is.EqualTo(OldWords));
    }

    private sealed record OldDay(IReadOnlyList<string> Tokens);

    /// <summary>Check-ins and a walk-in with care notes, a delay with a reason, questions with numbers and notes, a visit seen and rated, an alert.</summary>
    private async Task<OldDay> BusyDayAsync()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var desk = await Server.ReceptionAsync();
        await using var phone = await Server.AnonymousAsync();
        foreach (var provider in new[] { "lee", "okafor", "nurse" })
        {
            await desk.ValueAsync<ReceptionBoard>(nameof(IWaitingRoomHub.SetProviderDelay), new ProviderDelayRequest(provider, 20, "Burst pipe in room four"));
        }

        var rahman = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(
            Guid.NewGuid(), await kiosk.FindAppointmentIdAsync(DemoPatients.Rahman), "Rahman", DemoPatients.Rahman.DateOfBirth, new CareNotes(Other: "Bring my blue inhaler")));
        var chen = await kiosk.CheckInAsync(DemoPatients.Chen);
        var walkIn = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(
            Guid.NewGuid(), "Zebedee", "Quillfeather", new DateOnly(1961, 4, 3), WalkInReasons.Unwell, new CareNotes(InterpreterLanguage: "Tagalog", Other: "Allergic to latex gloves")));

        var closed = (await phone.AskAsync(rahman.Token, "billing", "Billed twice for the May visit", ReplyChannel.CallMeBack, Questions.UkMobile)).Value!.Id;
        var open = (await phone.AskAsync(walkIn.Token, "referrals", "Is my referral through yet", ReplyChannel.CallMeBack, "07400 123456")).Value!.Id;
        await desk.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), closed);
        await desk.ActAsync(nameof(IWaitingRoomHub.AddCallbackNote), closed, "Spoke to her daughter");
        await desk.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), closed, "Refund is on its way");
        await desk.ActAsync(nameof(IWaitingRoomHub.CloseCallback), closed);
        await desk.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), open);
        await desk.ActAsync(nameof(IWaitingRoomHub.CallbackCouldNotReach), open, "Left a voicemail at home");
        await desk.ActAsync(nameof(IWaitingRoomHub.EscalateCallback), open, "Dr Oddbody in referrals");

        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.NeedHelpNow), walkIn.Token);
        var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        await desk.ValueAsync<UrgentAlert>(nameof(IWaitingRoomHub.AcknowledgeAlert), new AcknowledgeAlertRequest(board.Alerts!.Single().Id));
        var id = board.Rows.Single(r => r.Code == rahman.Code).VisitId;
        Time.Advance(TimeSpan.FromMinutes(6));
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(id, "Room 2"));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.InRoom));
        Time.Advance(TimeSpan.FromMinutes(14));
        await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(id, DeskAction.Done));
        await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.RateVisit), new RateVisitRequest(rahman.Token, VisitRating.Good));

        // A walk-in a kiosk took while offline: its late record names the patient and holds the kiosk's phone token.
        var offline = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(
            Guid.NewGuid(), "Zebedee", "Quillfeather", new DateOnly(1961, 4, 3), WalkInReasons.Unwell,
            Outbox: new Kiosk.Contracts.Offline.OutboxStamp(Time.GetUtcNow().AddMinutes(-2), Kiosk.WaitingRoom.Visits.VisitTicket.NewToken(), ToldCheckedIn: true)));
        Assert.That(HubFile.Count(Server, "SELECT COUNT(*) FROM OfflineCheckIns WHERE Who = 'Zebedee Quillfeather'"), Is.EqualTo(1));

        return new OldDay([rahman.Token, chen.Token, walkIn.Token, offline.Token]);
    }

    private async Task RecentWalkInAsync()
    {
        await using var kiosk = await Server.KioskAsync();
        var ticket = await kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(
            Guid.NewGuid(), "Recentia", "Keepsake", new DateOnly(1970, 1, 2), WalkInReasons.Other, new CareNotes(Other: "Recent care note words")));
        await kiosk.AskAsync(ticket.Token, "billing", "Recent question words", ReplyChannel.CallMeBack, "07400 654321");
    }

    /// <summary>What the estimator learns from the day (through the hub's own LearnedHistory) and the day as the history export writes it.</summary>
    private async Task<string> HistoryOfAsync(DateOnly day)
    {
        var learned = new LearnedHistory(Server.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<LearnedHistory>.Instance);
        await learned.RefreshAsync(day.AddDays(1));
        await using var scope = Server.Services.CreateAsyncScope();
        var room = await scope.ServiceProvider.GetRequiredService<WaitingRoomStore>().LoadDayAsync(day);
        var export = HistoryExport.Of(Server.Services.GetRequiredService<ClinicProfile>(), [room]).ToJson();
        return Describe(learned.Past) + "\n" + export;
    }

    private static string Describe(ClinicHistory h) => string.Join("|",
        h.Days, h.Arrived, h.Booked, h.NoShows, h.CompletedVisits,
        string.Join(";", h.Durations.OrderBy(d => d.Key).Select(d => $"{d.Key}={d.Value}")),
        string.Join(";", h.ProviderDurations.OrderBy(d => d.Key).Select(d => $"{d.Key}={d.Value}")),
        string.Join(";", h.Gaps), string.Join(";", h.ArrivalOffsets), string.Join(";", h.LeftAfter), string.Join(";", h.StayedFor),
        string.Join(";", h.StartDelays.OrderBy(d => d.Key).Select(d => $"{d.Key}={string.Join(",", d.Value)}")),
        string.Join(";", h.LunchBreaks.OrderBy(d => d.Key).Select(d => $"{d.Key}={string.Join(",", d.Value)}")),
        string.Join(";", new[] { "lee", "okafor", "nurse" }.Select(h.WalkInsPerHour)));

    /// <summary>The day's rows in each table that keeps anonymous statistics.</summary>
    private string Counts(DateOnly day)
    {
        var d = Sql(day);
        return string.Join(",", new[] { "Appointments", "Visits", "ShownEstimates", "VisitRatings", "UrgentAlerts", "ProviderDelays" }
            .Select(t => HubFile.Count(Server, $"SELECT COUNT(*) FROM \"{t}\" WHERE Day = '{d}'"))
            .Append(HubFile.Count(Server, $"SELECT COUNT(*) FROM VisitEvents e JOIN Visits v ON v.Id = e.VisitId WHERE v.Day = '{d}'"))
            .Append(HubFile.Count(Server, $"SELECT COUNT(*) FROM CallbackEvents e JOIN CallbackRequests c ON c.Id = e.RequestId JOIN Visits v ON v.Id = c.VisitId WHERE v.Day = '{d}'")));
    }

    private static string Sql(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
