using System.Net;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Tests.Limits;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Exports;

/// <summary>
/// One clinic day on the real hub, exported: Aisha Rahman waits 20 minutes, is seen and rates
/// the visit; Grace Adeyemi is called and never comes (a no-show) after asking for a call back,
/// which is answered after its promise. The files name nobody unless the admin asks.
/// </summary>
public sealed class ExportTests
{
    private const string Admin = "clinic-boss";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly RecordedLogs _logs = new();
    private HubServer _server = null!;
    private HttpClient _admin = null!;
    private DateOnly _day;
    private string _seen = "";
    private string _noShow = "";

    [OneTimeSetUp]
    public async Task LiveOneDay()
    {
        _server = new HubServer(time: _time, logs: _logs);
        _day = _server.Services.GetRequiredService<ClinicProfile>().Today(_time);
        await using var kiosk = await _server.KioskAsync();
        await using (var desk = await _server.ReceptionAsync())
        {
            var rahman = await kiosk.CheckInAsync(DemoPatients.Rahman);
            var adeyemi = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
            (_seen, _noShow) = (rahman.Code, adeyemi.Code);
            var asked = (await kiosk.AskAsync(adeyemi.Token, "billing", "Billed twice?", ReplyChannel.CallMeBack, Questions.UkMobile)).Value!;
            var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
            Guid Id(string code) => board.Rows.Single(r => r.Code == code).VisitId;

            _time.Advance(TimeSpan.FromMinutes(20));
            await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(Id(_seen), "Room 2"));
            _time.Advance(TimeSpan.FromMinutes(1));
            await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(Id(_seen), DeskAction.InRoom));
            await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(Id(_noShow), "Room 2"));
            _time.Advance(TimeSpan.FromMinutes(15));
            await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(Id(_seen), DeskAction.Done));
            await desk.ValueAsync<BoardRow?>(nameof(IWaitingRoomHub.ActOnVisit), new DeskActionRequest(Id(_noShow), DeskAction.NoShow));
            await using var phone = await _server.AnonymousAsync();
            await phone.ValueAsync<TicketView>(nameof(IWaitingRoomHub.RateVisit), new RateVisitRequest(rahman.Token, VisitRating.Good));

            // The promise runs out, perhaps overnight: a fresh sign-in answers it late.
            _time.SetUtcNow(Later(asked.AnswerDueBy.AddMinutes(30), _time.GetUtcNow()));
            await using var lateDesk = await _server.SecondReceptionAsync();
            await lateDesk.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), asked.Id);
            await lateDesk.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), asked.Id, "Only one charge went through.");
        }

        var password = await _server.CreateStaffAsync(Admin, "admin");
        var (status, _, cookies) = await _server.SignInAsync(Admin, password);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), "the admin signs in");
        _admin = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _admin.Dispose();
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public async Task Visits_give_each_visit_its_times_state_and_minutes_waited()
    {
        var csv = await DownloadAsync("visits");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(csv.Header, Is.EqualTo("Day,TicketCode,ProviderId,ProviderName,VisitTypeId,VisitTypeName,WalkIn,BookedStart,ArrivedAt,CalledAt,InRoomAt,DoneAt,State,MinutesWaited,MinutesWithProvider"));
            var seen = csv.Row(_seen);
            Assert.That(seen["Day"], Is.EqualTo(_day.ToString("yyyy-MM-dd")));
            Assert.That((seen["ProviderId"], seen["ProviderName"], seen["VisitTypeName"], seen["WalkIn"]), Is.EqualTo(("lee", "Dr Lee", "New patient", "false")));
            Assert.That((seen["State"], seen["MinutesWaited"], seen["MinutesWithProvider"]), Is.EqualTo(("done", "20", "15")));
            Assert.That(seen["ArrivedAt"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$"), "clinic-local ISO 8601 with its offset");
            Assert.That((csv.Row(_noShow)["State"], csv.Row(_noShow)["MinutesWaited"]), Is.EqualTo(("no-show", "21")));
            Assert.That(csv.Rows.Where(r => r["TicketCode"] == "").Select(r => r["State"]), Is.Not.Empty.And.All.EqualTo("expected"), "the day's other bookings, never checked in");
        }
    }

    [Test]
    public async Task Estimates_set_what_each_patient_was_told_against_the_wait_that_followed()
    {
        var csv = await DownloadAsync("estimates");

        var promise = csv.Rows.First(r => r["TicketCode"] == _seen && r["Told"] == "check-in");
        var (low, high) = (int.Parse(promise["LowMinutes"]), int.Parse(promise["HighMinutes"]));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(csv.Header, Is.EqualTo("Day,TicketCode,ProviderId,ProviderName,Told,ToldAt,LowMinutes,LikelyMinutes,HighMinutes,MinutesWaitedFromThen,WithinRange,MinutesOff"));
            Assert.That(promise["MinutesWaitedFromThen"], Is.EqualTo("20"));
            Assert.That(promise["WithinRange"], Is.EqualTo(low <= 20 && 20 <= high ? "true" : "false"));
            Assert.That(double.Parse(promise["MinutesOff"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(20 > high ? 20 - high : 20 < low ? 20 - low : 0));
            Assert.That(csv.Rows.Count(r => r["TicketCode"] == _noShow && r["Told"] == "check-in"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Questions_show_a_late_answer_and_ratings_the_patients_tap()
    {
        var questions = await DownloadAsync("questions");
        var ratings = await DownloadAsync("ratings");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(questions.Header, Is.EqualTo("Day,TicketCode,Topic,Channel,AskedAt,PromisedBy,AnsweredAt,MinutesToAnswer,PromiseKept,State"));
            var late = questions.Row(_noShow);
            Assert.That((late["Topic"], late["Channel"], late["PromiseKept"], late["State"]), Is.EqualTo(("billing", "call-me-back", "false", "answered")));
            Assert.That(double.Parse(late["MinutesToAnswer"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(120), "past a 2-business-hour promise");
            Assert.That(ratings.Header, Is.EqualTo("Day,TicketCode,ProviderId,ProviderName,Rating,Score,At"));
            Assert.That(ratings.Rows.Select(r => (r["TicketCode"], r["Rating"], r["Score"])), Is.EqualTo(new[] { (_seen, "good", "3") }));
        }
    }

    [Test]
    public async Task Without_the_tick_no_name_birth_date_or_phone_number_is_in_any_file()
    {
        var everything = string.Concat(await Task.WhenAll(new[] { "visits", "estimates", "questions", "ratings" }.Select(async k => (await DownloadAsync(k)).Text)));

        Assert.That(everything, Does.Not.Contain("Rahman").And.Not.Contain("Aisha").And.Not.Contain("Adeyemi").And.Not.Contain("Grace"));
        Assert.That(everything, Does.Not.Contain("1990-11-02").And.Not.Contain("1982-05-17").And.Not.Contain("7400123456"));
        Assert.That(everything, Does.Not.Contain("Billed twice").And.Not.Contain("Only one charge"), "never the words asked or answered");
    }

    [Test]
    public async Task With_the_tick_names_birth_dates_and_the_number_come_and_the_log_says_who_took_them_but_not_what()
    {
        var visits = await DownloadAsync("visits", "&personal=true");
        var questions = await DownloadAsync("questions", "&personal=true");

        var audit = _logs.Lines.Where(l => l.Category == "Kiosk.Hub.Exports" && l.Level == LogLevel.Warning).Select(l => l.Message).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(visits.Header, Does.EndWith(",MinutesWithProvider,FirstName,LastName,DateOfBirth"));
            Assert.That((visits.Row(_seen)["FirstName"], visits.Row(_seen)["LastName"], visits.Row(_seen)["DateOfBirth"]), Is.EqualTo(("Aisha", "Rahman", "1990-11-02")));
            Assert.That(questions.Header, Does.EndWith(",State,Phone"));
            Assert.That(questions.Row(_noShow)["Phone"], Is.EqualTo("\"'+447400123456\""), "a leading + is a formula to a spreadsheet: quoted and marked as text");
            Assert.That(audit, Has.Member($"admin {Admin} exported visits with personal data for days {_day:yyyy-MM-dd}–{_day:yyyy-MM-dd}"));
            Assert.That(string.Join('\n', _logs.Lines.Select(l => l.Message)), Does.Not.Contain("Rahman").And.Not.Contain("7400123456"));
        }
    }

    [Test]
    public async Task Reception_is_refused_the_files_and_the_page()
    {
        var password = await _server.CreateStaffAsync("front-desk", "reception");
        var (_, _, cookies) = await _server.SignInAsync("front-desk", password);
        using var reception = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };

        using var file = await reception.GetAsync(new Uri("/admin/exports/visits.csv", UriKind.Relative));
        using var page = await reception.GetAsync(new Uri("/admin/exports", UriKind.Relative));

        Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((page.StatusCode, page.Headers.Location?.AbsolutePath), Is.EqualTo((HttpStatusCode.Redirect, "/staff/sign-in")));
    }

    [TestCase("visits.csv?from=2026-13-01", "not a date like 2026-11-24")]
    [TestCase("visits.csv?from=2026-12-02&to=2026-11-01", "is after the \"to\" date")]
    [TestCase("ratings.csv?from=2020-01-01&to=2026-01-01", "at most 366 days")]
    [TestCase("visits.csv?personal=yes", "personal is true")]
    public async Task A_bad_request_is_a_400_that_says_why(string query, string reason)
    {
        using var response = await _admin.GetAsync(new Uri($"/admin/exports/{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
    }

    [Test]
    public async Task The_admin_page_offers_the_days_four_downloads_and_an_unticked_personal_data_box()
    {
        var page = await _admin.GetStringAsync(new Uri("/admin/exports", UriKind.Relative));
        var today = _server.Services.GetRequiredService<ClinicProfile>().Today(_time);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("<label for=\"export-from\">From</label>").And.Contain("<label for=\"export-to\">To</label>"));
            Assert.That(page, Does.Contain($"value=\"{today.AddDays(-27):yyyy-MM-dd}\"").And.Contain($"value=\"{today:yyyy-MM-dd}\""), "the last 28 days");
            Assert.That(System.Text.RegularExpressions.Regex.Match(page, "<input id=\"export-personal\"[^>]*>").Value, Does.Contain("type=\"checkbox\"").And.Not.Contain("checked"));
            Assert.That(page, Does.Contain("<label for=\"export-personal\">Include names, birth dates and phone numbers</label>"));
            foreach (var kind in new[] { "visits", "estimates", "questions", "ratings" })
            {
                Assert.That(page, Does.Contain($"formaction=\"/admin/exports/{kind}.csv\""));
            }
        }
    }

    [Test]
    public async Task The_command_line_writes_all_four_files_and_refuses_bad_arguments_in_one_line()
    {
        var dir = Path.Combine(_server.DataDirectory, "exports");
        var day = _day.ToString("yyyy-MM-dd");

        var (exit, said) = await _server.ExportAsync("all", "--from", day, "--to", day, "--out", dir);
        var (badExit, badSaid) = await _server.ExportAsync("visits", "--from", "02/12/2026");
        var (unknownExit, unknownSaid) = await _server.ExportAsync("patients");
        var oneFile = Path.Combine(dir, "just-ratings.csv");
        var (fileExit, _) = await _server.ExportAsync("ratings", "--from", day, "--to", day, "--out", oneFile);
        var (nowhereExit, nowhereSaid) = await _server.ExportAsync("ratings", "--out", Path.Combine(dir, "missing", "r.csv"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.Zero, said);
            Assert.That(Directory.GetFiles(dir, "*-to-*").Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "estimates", "questions", "ratings", "visits" }.Select(k => $"{k}-{day}-to-{day}.csv")));
            var visits = Csv.Parse(await File.ReadAllTextAsync(Path.Combine(dir, $"visits-{day}-to-{day}.csv")));
            Assert.That(visits.Row(_seen)["MinutesWaited"], Is.EqualTo("20"));
            Assert.That(visits.Text, Does.Not.Contain("Rahman"));
            Assert.That(said, Does.Contain($"Wrote 1 ratings row for {day}–{day} to {Path.Combine(dir, $"ratings-{day}-to-{day}.csv")}"));
            Assert.That((badExit, badSaid), Is.EqualTo((2, "The \"from\" date \"02/12/2026\" is not a date like 2026-11-24." + Environment.NewLine)), "one line");
            Assert.That((fileExit, File.ReadAllLines(oneFile).Length), Is.EqualTo((0, 2)), "one kind to the file named: header and the rating");
            Assert.That((nowhereExit, nowhereSaid), Is.EqualTo((2, $"--out {Path.Combine(dir, "missing", "r.csv")}: the directory {Path.Combine(dir, "missing")} does not exist.{Environment.NewLine}")));
            Assert.That(unknownExit, Is.EqualTo(2));
            Assert.That(unknownSaid, Does.StartWith("There is no export called \"patients\"").And.Not.Contain("   at "));
        }
    }

    [Test]
    public async Task The_command_line_adds_names_only_when_asked_and_logs_who_asked()
    {
        var dir = Path.Combine(_server.DataDirectory, "personal");
        var day = _day.ToString("yyyy-MM-dd");

        var (exit, said) = await _server.ExportAsync("visits", "--from", day, "--to", day, "--out", dir + Path.DirectorySeparatorChar, "--with-personal-data");

        var file = Path.Combine(dir, $"visits-{day}-to-{day}-with-personal-data.csv");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.Zero, said);
            Assert.That(Csv.Parse(await File.ReadAllTextAsync(file)).Row(_seen)["LastName"], Is.EqualTo("Rahman"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "readable by whoever exported it, no one else");
            }

            Assert.That(_logs.Lines.Select(l => l.Message), Has.Member($"admin it-admin (command line) exported visits with personal data for days {day}–{day}"));
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private async Task<Csv> DownloadAsync(string kind, string more = "")
    {
        var day = _day.ToString("yyyy-MM-dd");
        using var response = await _admin.GetAsync(new Uri($"/admin/exports/{kind}.csv?from={day}&to={day}{more}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        return Csv.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The file as lines of fields; the test's values hold no commas or quotes, so a split reads them.</summary>
    private sealed record Csv(string Text, string Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
    {
        public static Csv Parse(string text)
        {
            var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var names = lines[0].Split(',');
            return new Csv(text, lines[0], [.. lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)names.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))]);
        }

        public IReadOnlyDictionary<string, string> Row(string ticket) => Rows.Single(r => r["TicketCode"] == ticket);
    }
}
