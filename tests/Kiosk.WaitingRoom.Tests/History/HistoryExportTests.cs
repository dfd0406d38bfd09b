using Kiosk.WaitingRoom.History;
using Kiosk.WaitingRoom.Visits;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.History;

public sealed class HistoryExportTests
{
    [Test]
    public void An_exported_day_replays_with_every_visit_event_and_delay_it_had()
    {
        var (room, _) = BusyDay();

        var back = HistoryExport.Parse(HistoryExport.Of(room.Clinic, [room]).ToJson()).Rooms().Single();

        Assert.Multiple(() =>
        {
            Assert.That(back.Day, Is.EqualTo(room.Day));
            Assert.That(back.Appointments.Select(a => (a.Id, a.StartsAt, a.ProviderId, a.VisitTypeId, a.WalkIn)),
                Is.EquivalentTo(room.Appointments.Select(a => (a.Id, a.StartsAt, a.ProviderId, a.VisitTypeId, a.WalkIn))));
            Assert.That(back.Visits.Select(v => (v.Id, v.Ticket.Code, v.State, v.ProviderId, v.ArrivedAt, v.CalledAt)),
                Is.EquivalentTo(room.Visits.Select(v => (v.Id, v.Ticket.Code, v.State, v.ProviderId, v.ArrivedAt, v.CalledAt))));
            Assert.That(back.DelayOf(Adams)?.Minutes, Is.EqualTo(20));
            Assert.That(back.Clinic.WalkIns, Is.EqualTo(room.Clinic.WalkIns));
        });
    }

    [Test]
    public void An_export_names_no_patient_and_carries_no_phone_token_staff_name_or_reason()
    {
        var (room, tokens) = BusyDay();

        var json = HistoryExport.Of(room.Clinic, [room]).ToJson();

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Not.Contain("Okafor").And.Not.Contain("Nguyen").And.Not.Contain("Walker"));
            Assert.That(json, Does.Not.Contain("Sam").And.Not.Contain(BornOn.ToString("yyyy-MM-dd")));
            Assert.That(json, Does.Not.Contain(ByKiosk).And.Not.Contain(ByNurse).And.Not.Contain("urgent call"));
            Assert.That(tokens.Where(json.Contains), Is.Empty);
        });
    }

    [TestCase("not json", "Not a history export")]
    [TestCase("{}", "needs \"version\", \"clinic\" and \"days\"")]
    [TestCase("""{ "version": 9, "clinic": { "id": "c", "name": "c", "timeZone": "UTC", "walkIns": "Interleave", "providers": [], "visitTypes": [] }, "days": [] }""", "version 9 is not supported")]
    public void A_file_that_is_not_a_history_export_is_refused_with_the_reason(string json, string reason) =>
        Assert.That(() => HistoryExport.Parse(json), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(reason));

    [Test]
    public void An_export_whose_visits_break_the_visit_rules_is_refused()
    {
        var (room, _) = BusyDay();
        var json = HistoryExport.Of(room.Clinic, [room]).ToJson().Replace("\"Called\"", "\"Done\"", StringComparison.Ordinal);

        Assert.That(() => HistoryExport.Parse(json), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("does not hold together"));
    }

    [Test]
    public void An_export_naming_a_provider_the_clinic_does_not_have_is_refused()
    {
        var (room, _) = BusyDay();
        var json = HistoryExport.Of(room.Clinic, [room]).ToJson().Replace("\"providerId\": \"baker\"", "\"providerId\": \"nobody\"", StringComparison.Ordinal);

        Assert.That(() => HistoryExport.Parse(json), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("nobody"));
    }

    /// <summary>Check-ins, a call, a room, a finish, a move, a no-show, a walk-in and a delay.</summary>
    private static (WaitingRoomDay Room, List<string> Tokens) BusyDay()
    {
        var okafor = Appointment("Okafor", hour: 9);
        var nguyen = Appointment("Nguyen", Baker, hour: 9, minute: 15);
        var absent = Appointment("Absent", hour: 9, minute: 30);
        var room = Open(okafor, nguyen, absent);
        var first = room.CheckInAsBooked(okafor, At(8, 50));
        var second = room.CheckInAsBooked(nguyen, At(9, 5));
        room.SetProviderDelay(Adams, 20, "urgent call", ByNurse, At(9, 0));
        first.Call("Room 1", ByNurse, At(9, 20));
        first.EnterRoom(ByNurse, At(9, 21));
        first.Complete(ByNurse, At(9, 40));
        second.MoveTo(Adams, ByNurse, At(9, 45));
        room.MarkNoShow(absent.Id, ByNurse, At(10, 0));
        var walkIn = room.WalkIn(Guid.NewGuid(), new("Ann", "Walker", BornOn), Baker, QuickQuestion, ByKiosk, At(10, 5)).Visit;
        return (room, [first.Ticket.Token, second.Ticket.Token, walkIn.Ticket.Token]);
    }
}
