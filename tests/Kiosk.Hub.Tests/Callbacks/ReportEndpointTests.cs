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

    private HttpClient KioskClient()
    {
        var http = Server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.KioskKey);
        return http;
    }
}
