using Kiosk.Contracts;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Hub.Tests.Realtime;

/// <summary>
/// Bad input to every hub method: a refusal with a code and English that says what is wrong (or,
/// for a payload SignalR cannot read, its HubException), the connection still works afterwards,
/// and nothing was written.
/// </summary>
public sealed class BadInputTests
{
    private HubServer _server = null!;
    private HubConnection _kiosk = null!;
    private HubConnection _reception = null!;

    [OneTimeSetUp]
    public async Task StartHub()
    {
        _server = new HubServer();
        _kiosk = await _server.KioskAsync();
        _reception = await _server.ReceptionAsync();
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        await _kiosk.DisposeAsync();
        await _reception.DisposeAsync();
        _server.Dispose();
        _server.DeleteData();
    }

    [Test]
    public Task An_empty_last_name_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("   ", new DateOnly(1990, 11, 2)), RefusalCodes.InvalidInput, "Please enter a last name");

    [Test]
    public Task A_ten_thousand_character_name_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup(new string('x', 10_000), new DateOnly(1990, 11, 2)), RefusalCodes.InvalidInput, "too long");

    /// <summary>Found by the fuzzer: U+FFFE made the name cleaner throw, and the kiosk got a server error instead of a reason.</summary>
    [Test]
    public Task A_name_of_noncharacters_is_refused_as_no_name() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("\uFFFF\uFFFE", new DateOnly(1990, 11, 2)), RefusalCodes.InvalidInput, "Please enter a last name");

    [Test]
    public Task A_birth_date_in_the_future_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("Rahman", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1)), RefusalCodes.InvalidInput, "future");

    [Test]
    public Task A_birth_date_before_1900_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup("Rahman", new DateOnly(1850, 1, 1)), RefusalCodes.InvalidInput, "not possible");

    [Test]
    public Task An_impossible_calendar_date_is_refused() =>
        UnreadableAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), new { lastName = "Rahman", dateOfBirth = "1990-02-30" }, "Failed to invoke 'FindAppointment'");

    [Test]
    public Task A_missing_lookup_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.FindAppointment), null, RefusalCodes.InvalidInput, "Send a last name and a date of birth");

    [Test]
    public Task A_payload_of_the_wrong_shape_is_refused() =>
        UnreadableAsync(_kiosk, nameof(IWaitingRoomHub.CheckIn), "not a check-in", "Failed to invoke 'CheckIn'");

    [Test]
    public Task A_token_that_is_not_a_string_is_refused() =>
        UnreadableAsync(_kiosk, nameof(IWaitingRoomHub.WatchTicket), new { token = 42 }, "Failed to invoke 'WatchTicket'");

    [Test]
    public Task A_call_request_of_the_wrong_shape_is_refused() =>
        UnreadableAsync(_reception, nameof(IWaitingRoomHub.CallVisit), "call everyone", "Failed to invoke 'CallVisit'");

    [Test]
    public Task A_missing_call_request_is_refused() =>
        RefusedAsync(_reception, nameof(IWaitingRoomHub.CallVisit), null, RefusalCodes.InvalidInput, "Say which patient to call and to which room");

    [Test]
    public Task A_missing_check_in_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.CheckIn), null, RefusalCodes.InvalidInput, "Send the appointment");

    [Test]
    public Task Watching_the_board_with_an_unexpected_argument_is_refused() =>
        UnreadableAsync(_reception, nameof(IWaitingRoomHub.WatchBoard), "everything", "Failed to invoke 'WatchBoard'");

    [Test]
    public Task Watching_the_display_with_an_unexpected_argument_is_refused() =>
        UnreadableAsync(_kiosk, nameof(IWaitingRoomHub.WatchDisplay), new string('x', 10_000), "Failed to invoke 'WatchDisplay'");

    [Test]
    public Task A_method_that_does_not_exist_is_refused() =>
        UnreadableAsync(_kiosk, "DropAllTables", null, "Method does not exist");

    [Test]
    public Task A_check_in_without_an_idempotency_key_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(Guid.Empty, Guid.NewGuid(), "Rahman", new DateOnly(1990, 11, 2)), RefusalCodes.InvalidInput, "idempotency key");

    [Test]
    public Task A_check_in_for_an_unknown_appointment_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(Guid.NewGuid(), Guid.NewGuid(), "Rahman", new DateOnly(1990, 11, 2)), RefusalCodes.AppointmentNotFound, "could not find that appointment");

    [Test]
    public async Task A_check_in_whose_birth_date_does_not_match_the_appointment_is_refused()
    {
        var found = await _kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), DemoPatients.Adeyemi);

        await RefusedAsync(_kiosk, nameof(IWaitingRoomHub.CheckIn),
            new CheckInRequest(Guid.NewGuid(), found.Appointment!.AppointmentId, "Adeyemi", new DateOnly(1982, 5, 18)), RefusalCodes.DetailsDoNotMatch, "does not match");
    }

    [Test]
    public Task An_empty_ticket_token_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.WatchTicket), "", RefusalCodes.TicketNotValid, "ticket link is not valid");

    [Test]
    public Task A_token_with_forbidden_characters_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.WatchTicket), "../../etc/passwd", RefusalCodes.TicketNotValid, "ticket link is not valid");

    [Test]
    public Task An_unknown_token_is_refused() =>
        RefusedAsync(_kiosk, nameof(IWaitingRoomHub.WatchTicket), HubServer.Secret(), RefusalCodes.TicketNotValid, "not valid or the visit has ended");

    [Test]
    public Task Calling_a_visit_that_does_not_exist_is_refused() =>
        RefusedAsync(_reception, nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(Guid.NewGuid(), "Room 2"), RefusalCodes.VisitNotFound, "not in today's waiting room");

    [Test]
    public Task Calling_without_a_room_is_refused() =>
        RefusedAsync(_reception, nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(Guid.NewGuid(), " "), RefusalCodes.InvalidInput, "which room");

    [Test]
    public Task Calling_to_a_room_with_a_very_long_name_is_refused() =>
        RefusedAsync(_reception, nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(Guid.NewGuid(), new string('R', 500)), RefusalCodes.InvalidInput, "at most 40 characters");

    [Test]
    public async Task Calling_a_patient_who_was_already_called_is_refused_and_changes_nothing()
    {
        var ticket = await _kiosk.CheckInAsync(DemoPatients.Chen);
        var row = (await _reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == ticket.Code);
        await _reception.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(row.VisitId, "Room 4"));
        var eventsBefore = CountRows("VisitEvents");

        await RefusedAsync(_reception, nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(row.VisitId, "Room 2"), RefusalCodes.NotAllowedNow, "cannot be marked Called");

        var after = (await _reception.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard))).Rows.Single(r => r.Code == ticket.Code);
        Assert.That(after.Room, Is.EqualTo("Room 4"));
        Assert.That(CountRows("VisitEvents"), Is.EqualTo(eventsBefore));
    }

    /// <summary>The call is refused with a code and a reason, the connection is still usable, and no visit was written.</summary>
    private Task RefusedAsync(HubConnection client, string method, object? argument, string code, string reason) =>
        NothingWrittenAsync(client, async () =>
        {
            var result = await client.InvokeCoreAsync<HubResult<object>>(method, [argument]);
            Assert.That(result.Refusal?.Code, Is.EqualTo(code), result.Refusal?.Message);
            Assert.That(result.Refusal!.Message, Does.Contain(reason));
        });

    /// <summary>A payload SignalR cannot bind (wrong shape, no such method) is turned away before any method runs: a HubException.</summary>
    private Task UnreadableAsync(HubConnection client, string method, object? argument, string reason) =>
        NothingWrittenAsync(client, async () =>
        {
            var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeCoreAsync<object>(method, [argument]));
            Assert.That(error!.Message, Does.Contain(reason));
        });

    private async Task NothingWrittenAsync(HubConnection client, Func<Task> call)
    {
        var visitsBefore = CountRows("Visits");

        await call();

        Assert.That(client.State, Is.EqualTo(HubConnectionState.Connected));
        Assert.That(CountRows("Visits"), Is.EqualTo(visitsBefore), "a refused call writes nothing");
        var stillWorks = await client.InvokeAsync<IReadOnlyList<CalledTicket>>(nameof(IWaitingRoomHub.WatchDisplay));
        Assert.That(stillWorks, Is.Not.Null);
    }

    private long CountRows(string table) => _server.CountRows(table);
}
