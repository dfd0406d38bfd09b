namespace Kiosk.WaitingRoom.Tests;

public sealed class QueueTests
{
    [Test]
    public void The_queue_follows_appointment_times_not_arrival_order()
    {
        var nine = TestClinic.Appointment("Okafor", hour: 9);
        var half_past = TestClinic.Appointment("Nguyen", hour: 9, minute: 30);
        var ten = TestClinic.Appointment("Haddad", hour: 10);
        var room = TestClinic.Open(nine, half_past, ten);
        var early = room.CheckInAsBooked(ten, TestClinic.At(8, 40));
        var middle = room.CheckInAsBooked(half_past, TestClinic.At(8, 50));
        var late = room.CheckInAsBooked(nine, TestClinic.At(8, 59));

        Assert.That(room.Queue(TestClinic.Adams), Is.EqualTo(new[] { late, middle, early }));
    }

    [Test]
    public void Patients_booked_at_the_same_time_are_queued_by_arrival()
    {
        var first = TestClinic.Appointment("Okafor", hour: 9);
        var second = TestClinic.Appointment("Nguyen", hour: 9);
        var room = TestClinic.Open(first, second);
        var arrivedLater = room.CheckInAsBooked(first, TestClinic.At(8, 55));
        var arrivedSooner = room.CheckInAsBooked(second, TestClinic.At(8, 45));

        Assert.That(room.Queue(TestClinic.Adams), Is.EqualTo(new[] { arrivedSooner, arrivedLater }));
    }

    [Test]
    public void The_queue_holds_only_the_waiting_patients_of_that_provider()
    {
        var called = TestClinic.Appointment("Okafor", TestClinic.Adams, hour: 9);
        var waiting = TestClinic.Appointment("Nguyen", TestClinic.Adams, hour: 10);
        var otherProvider = TestClinic.Appointment("Haddad", TestClinic.Baker, hour: 9);
        var notArrived = TestClinic.Appointment("Lindqvist", TestClinic.Adams, hour: 9, minute: 30);
        var room = TestClinic.Open(called, waiting, otherProvider, notArrived);
        room.CheckInAsBooked(called, TestClinic.At(8, 50)).Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 0));
        var stillWaiting = room.CheckInAsBooked(waiting, TestClinic.At(8, 55));
        room.CheckInAsBooked(otherProvider, TestClinic.At(8, 56));

        Assert.That(room.Queue(TestClinic.Adams), Is.EqualTo(new[] { stillWaiting }));
    }

    [Test]
    public void Place_in_line_is_1_for_the_next_patient_and_counts_up()
    {
        var nine = TestClinic.Appointment("Okafor", hour: 9);
        var ten = TestClinic.Appointment("Nguyen", hour: 10);
        var room = TestClinic.Open(nine, ten);
        var first = room.CheckInAsBooked(nine, TestClinic.At(8, 50));
        var second = room.CheckInAsBooked(ten, TestClinic.At(8, 51));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(room.PlaceInLine(first), Is.EqualTo(1));
            Assert.That(room.PlaceInLine(second), Is.EqualTo(2));
        }
    }

    [Test]
    public void Place_in_line_moves_up_when_the_patient_ahead_is_called()
    {
        var nine = TestClinic.Appointment("Okafor", hour: 9);
        var ten = TestClinic.Appointment("Nguyen", hour: 10);
        var room = TestClinic.Open(nine, ten);
        var first = room.CheckInAsBooked(nine, TestClinic.At(8, 50));
        var second = room.CheckInAsBooked(ten, TestClinic.At(8, 51));

        first.Call("Room 1", TestClinic.ByNurse, TestClinic.At(9, 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(room.PlaceInLine(first), Is.Null);
            Assert.That(room.PlaceInLine(second), Is.EqualTo(1));
        }
    }
}
