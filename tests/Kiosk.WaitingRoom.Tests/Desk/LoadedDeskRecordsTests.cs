using Kiosk.WaitingRoom.Desk;
using static Kiosk.WaitingRoom.Tests.TestClinic;

namespace Kiosk.WaitingRoom.Tests.Desk;

/// <summary>Desk records read back from the store answer per visit as they did during the day, in whatever order the store gives them.</summary>
public sealed class LoadedDeskRecordsTests
{
    [Test]
    public void Loaded_records_give_the_latest_help_the_last_spoken_to_and_the_late_check_in_that_made_the_visit()
    {
        Guid visit = Guid.NewGuid(), other = Guid.NewGuid();
        var takenBack = new DeskAlert(Guid.NewGuid(), visit, DeskAlertKind.HelpNow, "phone", At(9)) { WithdrawnAt = At(9, 1) };
        var askedAgain = new DeskAlert(Guid.NewGuid(), visit, DeskAlertKind.HelpNow, "phone", At(9, 5)) { GoingBy = ByNurse, GoingAt = At(9, 6) };
        var worse = new DeskAlert(Guid.NewGuid(), visit, DeskAlertKind.FeelingWorse, ByKiosk, At(9, 10));
        var spokeFirst = new SpokenToPatient(visit, ByNurse, At(9, 20), At(9, 30));
        var spokeAgain = new SpokenToPatient(visit, "desk-2", At(9, 35), At(9, 45));
        var alreadyHere = Offline(visit, OfflineOutcome.AlreadyHere, At(9));
        var added = Offline(visit, OfflineOutcome.Added, At(9, 2));
        var bookingGone = Offline(other, OfflineOutcome.BookingGone, At(9, 3));

        var records = new DeskRecords(
            alerts: [worse, askedAgain, takenBack],
            spokenTo: [spokeFirst, spokeAgain, new SpokenToPatient(other, ByNurse, At(9, 50), At(10))],
            offline: [bookingGone, added, alreadyHere]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.LatestHelp(visit), Is.EqualTo(askedAgain));
            Assert.That(records.LatestHelp(other), Is.Null);
            Assert.That(records.SpokenTo(visit), Is.EqualTo(spokeAgain));
            Assert.That(records.MadeOffline(visit), Is.EqualTo(added));
            Assert.That(records.MadeOffline(other), Is.EqualTo(bookingGone));
            Assert.That(records.MadeOffline(Guid.NewGuid()), Is.Null);
        }
    }

    private static OfflineCheckIn Offline(Guid visit, OfflineOutcome outcome, DateTimeOffset receivedAt) =>
        new(Guid.NewGuid(), Guid.NewGuid(), ByKiosk, outcome, receivedAt.AddMinutes(-10), receivedAt, visit, null, "Sam Okafor");
}
