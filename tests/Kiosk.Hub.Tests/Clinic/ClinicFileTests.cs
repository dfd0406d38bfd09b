using Kiosk.Hub.Clinic;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Tests.Clinic;

/// <summary>The clinic file an admin edits: what it can say, and clear errors when it is wrong.</summary>
public sealed class ClinicFileTests
{
    private const string Providers = """
        "providers": [
          { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "Room 2",
            "hours": { "start": "08:30", "end": "17:00", "lunchAt": "12:30", "lunchMinutes": 45 } },
          { "id": "nurse", "name": "Nurse Patel", "ticketPrefix": "N", "room": "Treatment room" }
        ],
        "visitTypes": [ { "id": "checkup", "name": "Check-up", "minutes": 15, "walkInReasons": [ "unwell", "injury", "prescription", "test", "other" ] } ]
        """;

    private const string AllReasons = """ "walkInReasons": [ "unwell", "injury", "prescription", "test", "other" ] """;

    [Test]
    public void Working_hours_and_the_walk_in_rule_reach_the_estimator()
    {
        var profile = Load($$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", "walkIns": "afterBooked", {{Providers}} }""").ToProfile();

        Assert.Multiple(() =>
        {
            Assert.That(profile.WalkIns, Is.EqualTo(WalkInPolicy.AfterBooked));
            Assert.That(profile.Schedules["lee"], Is.EqualTo(new ProviderSchedule(new TimeOnly(8, 30), new TimeOnly(17, 0), new TimeOnly(12, 30), 45)));
            Assert.That(profile.Schedules.ContainsKey("nurse"), Is.False, "a provider without hours has no schedule");
        });
    }

    [Test]
    public void Without_a_walk_in_rule_walk_ins_take_their_turn_by_arrival_time() =>
        Assert.That(Load($$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", {{Providers}} }""").ToProfile().WalkIns, Is.EqualTo(WalkInPolicy.Interleave));

    [Test]
    public void The_check_in_window_comes_from_the_file_or_defaults_to_an_hour_before_and_a_quarter_after()
    {
        var set = Load($$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", "checkIn": { "opensMinutesBefore": 30, "closesMinutesAfter": 10 }, {{Providers}} }""").ToProfile();
        var unset = Load($$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", {{Providers}} }""").ToProfile();

        Assert.That(set.CheckInWindow, Is.EqualTo(new Kiosk.WaitingRoom.CheckIn.CheckInWindow(30, 10)));
        Assert.That(unset.CheckInWindow, Is.EqualTo(new Kiosk.WaitingRoom.CheckIn.CheckInWindow(60, 15)));
    }

    [TestCase(""" "checkIn": { "opensMinutesBefore": -5 }, """, "opensMinutesBefore needs minutes between 0 and 720")]
    [TestCase(""" "checkIn": { "closesMinutesAfter": 1000 }, """, "closesMinutesAfter needs minutes between 0 and 240")]
    [TestCase(""" "checkIn": { "opensBefore": 60 }, """, "not valid")]
    [TestCase(""" "walkIns": "whenever", """, "walkIns")]
    [TestCase(""" "rooms": [ "Room 1" ], """, "usual room 'R' is not in rooms")]
    [TestCase(""" "rooms": [ "R", "r" ], """, "lists 'R' twice")]
    [TestCase(""" "rooms": [ "R", " " ], """, "needs a name of 1 to 40 characters")]
    [TestCase(""" "rooms": [ ], """, "rooms needs at least one room")]
    [TestCase(""" "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R", "hours": { "start": "17:00", "end": "08:00" } } ], """, "hours end before they start")]
    [TestCase(""" "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R", "hours": { "start": "08:00", "end": "12:00", "lunchAt": "13:00", "lunchMinutes": 30 } } ], """, "lunch is outside their hours")]
    [TestCase(""" "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R", "hours": { "start": "eight", "end": "12:00" } } ], """, "not valid")]
    public void A_wrong_clinic_file_is_refused_saying_what_is_wrong(string fragment, string reason)
    {
        var json = $$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", {{fragment}} "visitTypes": [ { "id": "checkup", "name": "Check-up", "minutes": 15, {{AllReasons}} } ] {{(fragment.Contains("providers", StringComparison.Ordinal) ? "" : """, "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R" } ]""")}} }""";

        Assert.That(() => Load(json), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(reason));
    }

    [TestCase(""" "walkInReasons": [ "unwell", "injury", "prescription", "test", "other", "bored" ] """, "visit type 'checkup' names unknown walk-in reason 'bored'")]
    [TestCase(""" "walkInReasons": [ "unwell", "injury", "prescription", "other" ] """, "walk-in reason 'test' has no visit type")]
    [TestCase("", "walk-in reason 'unwell' has no visit type")]
    public void Walk_in_reasons_must_be_the_kiosks_and_each_must_have_a_visit_type(string reasons, string problem)
    {
        var json = $$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R" } ], "visitTypes": [ { "id": "checkup", "name": "Check-up", "minutes": 15 {{(reasons.Length > 0 ? "," : "")}} {{reasons}} } ] }""";

        Assert.That(() => Load(json), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(problem));
    }

    [Test]
    public void Each_visit_types_walk_in_reasons_reach_the_clinic_the_first_listed_serving_a_reason()
    {
        var profile = Load("""
            { "id": "c", "name": "C", "timeZone": "Europe/London",
              "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R" } ],
              "visitTypes": [
                { "id": "checkup", "name": "Check-up", "minutes": 15, "walkInReasons": [ "unwell", "injury", "other", "test" ] },
                { "id": "bloods", "name": "Blood test", "minutes": 10, "walkInReasons": [ "test", "prescription" ] } ] }
            """).ToProfile();

        Assert.Multiple(() =>
        {
            Assert.That(profile.WalkInVisitType("prescription").Id, Is.EqualTo("bloods"));
            Assert.That(profile.WalkInVisitType("test").Id, Is.EqualTo("checkup"), "listed first");
        });
    }

    [Test]
    public void Without_rooms_the_providers_usual_rooms_are_the_rooms_and_each_provider_is_offered_their_own_first()
    {
        var file = Load($$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", {{Providers}} }""").ToProfile();

        Assert.That(file.Rooms, Is.EqualTo(new[] { "Room 2", "Treatment room" }));
        Assert.That(file.RoomsFor("nurse"), Is.EqualTo(new[] { "Treatment room", "Room 2" }));
    }

    [Test]
    public void Listed_rooms_are_offered_usual_room_first_and_a_room_is_known_whatever_its_case()
    {
        var file = Load($$"""{ "id": "c", "name": "C", "timeZone": "Europe/London", "rooms": [ "Room 1", "Room 2", "Treatment room" ], {{Providers}} }""").ToProfile();

        Assert.That(file.RoomsFor("lee"), Is.EqualTo(new[] { "Room 2", "Room 1", "Treatment room" }));
        Assert.That(file.KnownRoom(" room 1 "), Is.EqualTo("Room 1"));
        Assert.That(file.KnownRoom("Room 9"), Is.Null);
    }

    private static ClinicFile Load(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"clinic-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return ClinicFile.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
