using System.Net;
using System.Net.Http.Headers;
using Kiosk.Contracts;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Callbacks;

public sealed class ReportEndpointTests : OnAFreshHub
{
    [Test]
    public async Task Staff_download_todays_report_as_csv_by_topic_with_a_total()
    {
        await using var kiosk = await Server.KioskAsync();
        await using var reception = await Server.ReceptionAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        var billing = (await kiosk.AskAsync(ticket.Token, "billing")).Value!.Id;
        await kiosk.AskAsync(ticket.Token, "insurance");
        await reception.ActAsync(nameof(IWaitingRoomHub.ClaimCallback), billing);
        await reception.ActAsync(nameof(IWaitingRoomHub.MarkCallbackAnswered), billing, "Refunded.");

        using var http = await Server.StaffClientAsync();
        using var response = await http.GetAsync(new Uri("/staff/callbacks/report.csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(lines[0], Is.EqualTo("Day,Topic,Asked,Answered,MedianMinutesToAnswer,PromisesDue,PromisesKept,PromisesKeptPercent"));
            Assert.That(lines.Skip(1).Select(l => string.Join(',', l.Split(',')[1..4])), Is.EqualTo(new[] { "billing,1,1", "insurance,1,0", "all,2,1" }));
            Assert.That(lines[1].Split(',')[^1], Is.EqualTo("100"), "answered within its promise");
            Assert.That(string.Join('\n', lines), Does.Not.Contain("Refunded").And.Not.Contain("Rahman"), "no personal data in the report");
        }
    }

    [Test]
    public async Task A_kiosk_cannot_read_the_report_and_a_bad_day_is_a_400()
    {
        using var asKiosk = KioskClient();
        using var asStaff = await Server.StaffClientAsync();

        using var kiosk = await asKiosk.GetAsync(new Uri("/staff/callbacks/report.csv", UriKind.Relative));
        using var badDay = await asStaff.GetAsync(new Uri("/staff/callbacks/report.csv?day=yesterday", UriKind.Relative));

        Assert.That((kiosk.StatusCode, badDay.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest)));
        Assert.That(await badDay.Content.ReadAsStringAsync(), Does.Contain("2026-11-24"));
    }

    /// <summary>Found by the fuzzer: day=0001-01-01 reached a date computation that cannot go a day earlier, and the hub answered 500.</summary>
    [TestCase("0001-01-01")]
    [TestCase("1999-12-31")]
    [TestCase("9999-12-31")]
    public async Task A_day_out_of_range_is_a_400_that_says_which_days_there_are(string day)
    {
        using var asStaff = await Server.StaffClientAsync();

        using var response = await asStaff.GetAsync(new Uri($"/staff/callbacks/report.csv?day={day}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("from 2000-01-01 to today"));
    }

    private HttpClient KioskClient()
    {
        var http = Server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.KioskKey);
        return http;
    }
}
