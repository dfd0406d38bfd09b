namespace Kiosk.WaitingRoom.CheckIn;

public enum CheckInTiming
{
    Open,
    TooEarly,
    TooLate,
}

/// <summary>
/// When the kiosk may check a booked patient in: from <see cref="OpensMinutesBefore"/> before the
/// appointment to <see cref="ClosesMinutesAfter"/> after it. Outside it the patient is told when to
/// come back, or to see the desk. Walk-ins are always in time.
/// </summary>
public sealed record CheckInWindow(int OpensMinutesBefore = CheckInWindow.DefaultOpensMinutesBefore, int ClosesMinutesAfter = CheckInWindow.DefaultClosesMinutesAfter)
{
    public const int DefaultOpensMinutesBefore = 60;
    public const int DefaultClosesMinutesAfter = 15;

    public static CheckInWindow Default { get; } = new();

    public DateTimeOffset OpensAt(DateTimeOffset startsAt) => startsAt.AddMinutes(-OpensMinutesBefore);

    public DateTimeOffset ClosesAt(DateTimeOffset startsAt) => startsAt.AddMinutes(ClosesMinutesAfter);

    public CheckInTiming Judge(Clinic.Appointment appointment, DateTimeOffset now) =>
        appointment.WalkIn ? CheckInTiming.Open
        : now < OpensAt(appointment.StartsAt) ? CheckInTiming.TooEarly
        : now > ClosesAt(appointment.StartsAt) ? CheckInTiming.TooLate
        : CheckInTiming.Open;
}
