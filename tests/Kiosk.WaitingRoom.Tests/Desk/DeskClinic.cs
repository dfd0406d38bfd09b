using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>The test clinic with what the desk needs: usual rooms, one more room, and walk-in reasons per visit type.</summary>
internal static class DeskClinic
{
    public static ClinicProfile Profile() => new(
        "riverside",
        "Riverside Family Clinic",
        TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"),
        [new Provider(TestClinic.Adams, "Dr Adams", "A", "Room 1"), new Provider(TestClinic.Baker, "Dr Baker", "B", "Room 2")],
        [
            new VisitType(TestClinic.Checkup, "Check-up", 15, ["unwell", "injury", "other", "test"]),
            new VisitType(TestClinic.QuickQuestion, "Quick question", 7, ["prescription", "test"]),
            new VisitType(TestClinic.LongVisit, "Long visit", 30),
        ],
        rooms: ["Room 1", "Room 2", "Treatment room"]);

    public static WaitingRoomDay Open(params Appointment[] appointments) =>
        new(Profile(), TestClinic.Day, appointments, [], new Dictionary<Guid, Guid>());
}
