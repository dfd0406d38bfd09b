using System.Net;
using System.Net.Http.Headers;
using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// Every hub method and staff endpoint tried as a stranger (a phone or TV holds no more than a
/// ticket link), a kiosk and reception: only the right role gets past the door. A method added
/// to the hub without an entry here fails the first test.
/// </summary>
public sealed class AccessMatrixTests
{
    private const string Anyone = "anyone", Kiosk = "kiosk", Reception = "reception";

    /// <summary>A phone that opened its ticket link: it holds a token, and that makes it no kiosk and no desk.</summary>
    private const string PhoneTokenHolder = "phone";

    private static readonly Dictionary<string, string> WhoMayCall = new()
    {
        [nameof(IWaitingRoomHub.FindAppointment)] = Kiosk,
        [nameof(IWaitingRoomHub.CheckIn)] = Kiosk,
        [nameof(IWaitingRoomHub.FindAppointmentByCode)] = Kiosk,
        [nameof(IWaitingRoomHub.CheckInByCode)] = Kiosk,
        [nameof(IWaitingRoomHub.WalkIn)] = Kiosk,
        [nameof(IWaitingRoomHub.LobbyWait)] = Kiosk,
        [nameof(IWaitingRoomHub.Appearance)] = Kiosk,
        [nameof(IWaitingRoomHub.AppointmentCopy)] = Kiosk,
        [nameof(IWaitingRoomHub.SeenLateCheckIn)] = Reception,
        [nameof(IWaitingRoomHub.WatchTicket)] = Anyone,
        [nameof(IWaitingRoomHub.WatchDisplay)] = Anyone,
        [nameof(IWaitingRoomHub.CallbackTopics)] = Anyone,
        [nameof(IWaitingRoomHub.AskQuestion)] = Anyone,
        [nameof(IWaitingRoomHub.MyQuestions)] = Anyone,
        [nameof(IWaitingRoomHub.WatchBoard)] = Reception,
        [nameof(IWaitingRoomHub.CallVisit)] = Reception,
        [nameof(IWaitingRoomHub.ActOnVisit)] = Reception,
        [nameof(IWaitingRoomHub.MoveVisit)] = Reception,
        [nameof(IWaitingRoomHub.SetProviderDelay)] = Reception,
        [nameof(IWaitingRoomHub.WatchCallbacks)] = Reception,
        [nameof(IWaitingRoomHub.ClaimCallback)] = Reception,
        [nameof(IWaitingRoomHub.AddCallbackNote)] = Reception,
        [nameof(IWaitingRoomHub.MarkCallbackAnswered)] = Reception,
        [nameof(IWaitingRoomHub.CallbackCouldNotReach)] = Reception,
        [nameof(IWaitingRoomHub.EscalateCallback)] = Reception,
        [nameof(IWaitingRoomHub.CloseCallback)] = Reception,
        [nameof(IWaitingRoomHub.KioskHeartbeat)] = Kiosk,
        [nameof(IWaitingRoomHub.WatchKiosks)] = Reception,
        [nameof(IWaitingRoomHub.AcknowledgeOverdue)] = Reception,
        [nameof(IWaitingRoomHub.NeedHelpNow)] = Anyone,
        [nameof(IWaitingRoomHub.NoLongerNeedHelp)] = Anyone,
        [nameof(IWaitingRoomHub.RateVisit)] = Anyone,
        [nameof(IWaitingRoomHub.AcknowledgeAlert)] = Reception,
        [nameof(IWaitingRoomHub.DismissDelaySuggestion)] = Reception,
        [nameof(IWaitingRoomHub.WatchRunningLate)] = Anyone,
    };

    private HubServer _server = null!;

    [OneTimeSetUp]
    public void StartHub() => _server = new HubServer();

    [OneTimeTearDown]
    public void StopHub()
    {
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public void Every_hub_method_says_who_may_call_it() =>
        Assert.That(typeof(IWaitingRoomHub).GetMethods().Select(m => m.Name), Is.EquivalentTo(WhoMayCall.Keys));

    [TestCase(Anyone)]
    [TestCase(PhoneTokenHolder)]
    [TestCase(Kiosk)]
    [TestCase(Reception)]
    public async Task Each_hub_method_lets_in_exactly_the_roles_it_should(string caller)
    {
        await using var connection = caller switch
        {
            Kiosk => await _server.KioskAsync(),
            Reception => await _server.ReceptionAsync(),
            _ => await _server.AnonymousAsync(),
        };
        if (caller == PhoneTokenHolder)
        {
            await using var kiosk = await _server.KioskAsync();
            var ticket = await kiosk.CheckInAsync(DemoPatients.Adeyemi);
            await connection.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WatchTicket), ticket.Token);
        }

        var wronglyRefused = new List<string>();
        var wronglyLetIn = new List<string>();
        foreach (var method in typeof(IWaitingRoomHub).GetMethods())
        {
            // Empty arguments: a caller who gets in is refused for the arguments instead, never for who they are.
            var refusedAtTheDoor = await RefusedAtTheDoorAsync(connection, method.Name, new object?[method.GetParameters().Length]);
            var allowed = WhoMayCall[method.Name] == Anyone || WhoMayCall[method.Name] == caller;
            if (allowed && refusedAtTheDoor) wronglyRefused.Add(method.Name);
            if (!allowed && !refusedAtTheDoor) wronglyLetIn.Add(method.Name);
        }

        Assert.That(wronglyLetIn, Is.Empty, $"{caller} got into these");
        Assert.That(wronglyRefused, Is.Empty, $"{caller} was kept out of these");
    }

    [TestCase("/reception")]
    [TestCase("/api/history/export")]
    [TestCase("/staff/callbacks/report.csv")]
    public async Task Staff_pages_and_downloads_are_for_signed_in_staff_only(string path)
    {
        using var stranger = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
        using var kiosk = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
        kiosk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _server.KioskKey);
        using var staff = await _server.StaffClientAsync();

        using var asStranger = await stranger.GetAsync(new Uri(path, UriKind.Relative));
        using var asKiosk = await kiosk.GetAsync(new Uri(path, UriKind.Relative));
        using var asStaff = await staff.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(asStranger.StatusCode, Is.AnyOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect), "a stranger is not let in");
        Assert.That((int)asKiosk.StatusCode, Is.AnyOf(302, 401, 403), "a kiosk is not staff");
        Assert.That(asStaff.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<bool> RefusedAtTheDoorAsync(HubConnection connection, string method, object?[] args)
    {
        try
        {
            await connection.InvokeCoreAsync(method, typeof(object), args);
            return false;
        }
        catch (HubException e)
        {
            return e.Message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase);
        }
    }
}
