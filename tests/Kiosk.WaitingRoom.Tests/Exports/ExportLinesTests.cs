using Kiosk.WaitingRoom.Callbacks;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Desk;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Exports;
using Kiosk.WaitingRoom.Tests.Desk;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Exports;

/// <summary>
/// One Chicago morning (UTC−6) as the export lines tell it: Okafor seen, Lindqvist a no-show,
/// Moreau booked and never marked, a walk-in still waiting, and what each was told.
/// </summary>
public sealed class ExportLinesTests
{
    private Appointment _okafor = null!;
    private Appointment _lindqvist = null!;
    private Appointment _moreau = null!;
    private WaitingRoomDay _room = null!;
    private Kiosk.WaitingRoom.Visits.Visit _seen = null!;
    private Kiosk.WaitingRoom.Visits.Visit _walkIn = null!;

    [SetUp]
    public void OneMorning()
    {
        _okafor = Appointment("Okafor", hour: 9);
        _lindqvist = Appointment("Lindqvist", hour: 9, minute: 30);
        _moreau = Appointment("Moreau", provider: Baker, hour: 10);
        _room = DeskClinic.Open(_okafor, _lindqvist, _moreau);
        _seen = _room.CheckInAsBooked(_okafor, At(8, 50));
        _room.Call(_seen.Id, "Room 1", ByNurse, At(9, 12));
        _seen.EnterRoom(ByNurse, At(9, 13));
        _seen.Complete(ByNurse, At(9, 31));
        _room.Rate(_seen, PatientRating.Okay, At(9, 40));
        _room.MarkNoShow(_lindqvist.Id, ByNurse, At(9, 50));
        _walkIn = _room.WalkIn(Guid.NewGuid(), new PatientIdentity("Zoë", "=HYPERLINK(1)", new DateOnly(2001, 3, 4)), Baker, QuickQuestion, ByKiosk, At(9, 55)).Visit;
    }

    [Test]
    public void Visits_give_every_booking_its_state_times_and_waits_in_the_clinics_time()
    {
        var lines = VisitLine.For(_room, withPersonalData: false).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Select(l => (l.TicketCode is null, l.State)), Is.EqualTo(new[] { (false, "done"), (false, "no-show"), (false, "waiting"), (true, "expected") }));
            var seen = lines[0];
            Assert.That((seen.ProviderId, seen.ProviderName, seen.VisitTypeName, seen.WalkIn), Is.EqualTo((Adams, "Dr Adams", "Check-up", false)));
            Assert.That((seen.BookedStart, seen.ArrivedAt, seen.CalledAt, seen.InRoomAt, seen.DoneAt), Is.EqualTo((At(9), At(8, 50), At(9, 12), At(9, 13), At(9, 31))));
            Assert.That(seen.ArrivedAt!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(-6)));
            Assert.That((seen.MinutesWaited, seen.MinutesWithProvider), Is.EqualTo(((double?)22, (double?)18)));
            Assert.That((lines[1].MinutesWaited, lines[2].MinutesWaited), Is.EqualTo(((double?)null, (double?)null)), "never called: no wait to measure");
            Assert.That((lines[2].WalkIn, lines[2].BookedStart, lines[2].ArrivedAt), Is.EqualTo((true, (DateTimeOffset?)null, (DateTimeOffset?)At(9, 55))), "a walk-in was never booked");
            Assert.That(lines.Select(l => l.Patient), Is.All.Null);
        }
    }

    [Test]
    public void Visits_name_patients_only_when_asked_and_never_one_retention_forgot()
    {
        var forgotten = _moreau with { Patient = PatientIdentity.Forgotten };
        var purged = DeskClinic.Open(forgotten);

        var named = VisitLine.For(_room, withPersonalData: true).First();
        var nobody = VisitLine.For(purged, withPersonalData: true).Single();

        Assert.That(named.Patient, Is.EqualTo(new ExportedPatient("Sam", "Okafor", BornOn)));
        Assert.That(nobody.Patient, Is.EqualTo(new ExportedPatient(null, null, null)));
    }

    [Test]
    public void Estimates_are_the_promise_then_each_update_against_the_wait_that_followed()
    {
        var promise = new WaitEstimate(10, 15, 20, "2 ahead");
        var shown = new[]
        {
            new ShownEstimate(_seen.Id, At(8, 50), promise),
            new ShownEstimate(_seen.Id, At(9, 0), new WaitEstimate(1, 3, 5, "")),
            new ShownEstimate(_walkIn.Id, At(9, 55), new WaitEstimate(20, 30, 45, "")),
        };

        var lines = EstimateLine.For(_room, new Dictionary<Guid, WaitEstimate> { [_seen.Id] = promise }, shown).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines.Select(l => (l.Told, l.ToldAt, l.LowMinutes, l.HighMinutes)), Is.EqualTo(new[]
            {
                (EstimateLine.AtCheckIn, At(8, 50), 10, 20),
                (EstimateLine.Update, At(9, 0), 1, 5),
                (EstimateLine.Update, At(9, 55), 20, 45),
            }), "the range shown at check-in is the promise, not a second telling");
            Assert.That((lines[0].MinutesWaitedFromThen, lines[0].WithinRange, lines[0].MinutesOff), Is.EqualTo(((double?)22, (bool?)false, (double?)2)));
            Assert.That((lines[1].MinutesWaitedFromThen, lines[1].WithinRange, lines[1].MinutesOff), Is.EqualTo(((double?)12, (bool?)false, (double?)7)));
            Assert.That((lines[2].MinutesWaitedFromThen, lines[2].WithinRange, lines[2].MinutesOff), Is.EqualTo(((double?)null, (bool?)null, (double?)null)), "still waiting");
        }
    }

    [TestCase(15, 0)]
    [TestCase(10, 0)]
    [TestCase(20, 0)]
    [TestCase(6.5, -3.5)]
    [TestCase(21.25, 1.3)]
    public void Minutes_off_are_how_far_outside_the_range_the_wait_fell(double waited, double off)
    {
        Assert.That(EstimateLine.Off(new WaitEstimate(10, 15, 20, ""), TimeSpan.FromMinutes(waited)), Is.EqualTo(off));
    }

    [Test]
    public void Questions_say_how_long_the_answer_took_and_whether_the_promise_held()
    {
        var late = new CallbackRequest(new CallbackQuestion(Guid.NewGuid(), _seen.Id, "billing", "Billed twice?", ReplyBy.CallMeBack, "+13125550100"), At(10), ByKiosk, At(9));
        late.Claim("desk", At(10, 20));
        late.MarkAnswered(null, "desk", At(10, 30));
        var open = new CallbackRequest(new CallbackQuestion(Guid.NewGuid(), _seen.Id, "referrals", null, ReplyBy.TellMeHere, null), At(12), ByKiosk, At(9, 30));
        var clinic = DeskClinic.Profile();

        var answered = QuestionLine.For(late, Day, "A001", clinic, At(11), withPersonalData: false);
        var notDue = QuestionLine.For(open, Day, "A001", clinic, At(11), withPersonalData: true);
        var overdue = QuestionLine.For(open, Day, "A001", clinic, At(12, 1), withPersonalData: false);
        var withPhone = QuestionLine.For(late, Day, "A001", clinic, At(11), withPersonalData: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answered, Is.EqualTo(new QuestionLine(Day, "A001", "billing", "call-me-back", At(9), At(10), At(10, 30), 90, false, "answered", null)));
            Assert.That((notDue.PromiseKept, notDue.State, notDue.Channel, notDue.Phone), Is.EqualTo(((bool?)null, "received", "tell-me-here", (string?)null)));
            Assert.That(overdue.PromiseKept, Is.False, "past its time unanswered");
            Assert.That(withPhone.Phone, Is.EqualTo("+13125550100"));
        }
    }

    [Test]
    public void Ratings_give_the_visit_provider_and_answer_without_a_name()
    {
        var line = RatingLine.For(_room).Single();

        Assert.That(line, Is.EqualTo(new RatingLine(Day, _seen.Ticket.Code, Adams, "Dr Adams", "okay", 2, At(9, 40))));
    }
}
