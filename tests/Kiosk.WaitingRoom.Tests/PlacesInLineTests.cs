using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.WaitingRoom.Tests;

/// <summary>Every place in line at once (for the views) says what asking patient by patient says, under both walk-in policies.</summary>
public sealed class PlacesInLineTests
{
    [TestCase(WalkInPolicy.Interleave)]
    [TestCase(WalkInPolicy.AfterBooked)]
    public void All_places_at_once_are_each_patients_place_in_line(WalkInPolicy walkIns)
    {
        var booked = new[]
        {
            TestClinic.Appointment("Okafor", TestClinic.Adams, 9), TestClinic.Appointment("Nguyen", TestClinic.Adams, 9),
            TestClinic.Appointment("Haddad", TestClinic.Adams, 9, 30), TestClinic.Appointment("Lindqvist", TestClinic.Adams, 10),
            TestClinic.Appointment("Moreau", TestClinic.Adams, 10, 15), TestClinic.Appointment("Tanaka", TestClinic.Baker, 9),
            TestClinic.Appointment("Silva", TestClinic.Baker, 9, 15), TestClinic.Appointment("Kowalski", TestClinic.Baker, 9, 45),
        };
        var room = Open(walkIns, booked);
        // Checked in out of order; the two booked at 9:00 for Adams arrive together, so only the list's order parts them.
        var visits = booked.Reverse().Select(a => room.CheckInAsBooked(a, a.StartsAt.Minute == 0 && a.StartsAt.Hour == 9 ? TestClinic.At(8, 50) : a.StartsAt.AddMinutes(-5))).ToList();
        var walkIn = room.WalkIn(Guid.NewGuid(), new PatientIdentity("Sam", "Walker", TestClinic.BornOn), TestClinic.Adams, TestClinic.QuickQuestion, TestClinic.ByKiosk, TestClinic.At(9, 10)).Visit;
        room.WalkIn(Guid.NewGuid(), new PatientIdentity("Sam", "Rider", TestClinic.BornOn), TestClinic.Baker, TestClinic.QuickQuestion, TestClinic.ByKiosk, TestClinic.At(9, 20));
        visits[^3].Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 40)); // Haddad
        visits[^4].MoveTo(TestClinic.Baker, TestClinic.ByNurse, TestClinic.At(9, 41)); // Lindqvist
        visits[0].MarkLeft(TestClinic.ByNurse, TestClinic.At(9, 42)); // Kowalski

        var places = room.PlacesInLine();

        Assert.That(places.Keys, Is.EquivalentTo(room.Visits.Where(v => v.IsWaiting).Select(v => v.Id)));
        using (Assert.EnterMultipleScope())
        {
            foreach (var visit in room.Visits)
            {
                Assert.That(places.TryGetValue(visit.Id, out var place) ? place : (int?)null, Is.EqualTo(room.PlaceInLine(visit)), visit.Patient.LastName);
            }

            Assert.That(places[walkIn.Id], Is.EqualTo(walkIns == WalkInPolicy.AfterBooked ? 4 : 3));
        }
    }

    private static WaitingRoomDay Open(WalkInPolicy walkIns, Appointment[] appointments)
    {
        var usual = TestClinic.Profile();
        var clinic = new ClinicProfile(usual.Id, usual.Name, usual.TimeZone, usual.Providers, usual.VisitTypes, walkIns);
        return new WaitingRoomDay(clinic, TestClinic.Day, appointments, [], new Dictionary<Guid, Guid>());
    }
}
