namespace Kiosk.WaitingRoom.Schedule;

/// <summary>
/// Why one row or resource of an import could not be used: <see cref="Where"/> names it as the
/// user can find it ("row 7", "entry 3 (Appointment/abc)"), <see cref="Field"/> the field, and
/// <see cref="Why"/> says what is wrong in words an admin can act on. Never holds a patient's
/// name or birth date: reports are shown and may be logged.
/// </summary>
public sealed record ImportProblem(string Where, string Field, string Why)
{
    public override string ToString() => $"{Where}, {Field}: {Why}";
}

/// <summary>
/// A schedule as read from a file or a server: the appointments that could be used and the
/// problems with the rest. Nothing is imported from a read with problems unless the user asks
/// for the valid part only.
/// </summary>
public sealed record ScheduleRead(IReadOnlyList<SourceAppointment> Appointments, IReadOnlyList<ImportProblem> Problems)
{
    public static ScheduleRead Empty { get; } = new([], []);

    public bool IsClean => Problems.Count == 0;

    /// <summary>Problems found after reading (duplicates across the whole read) joined to this read's own.</summary>
    public ScheduleRead With(IEnumerable<ImportProblem> more) => this with { Problems = [.. Problems, .. more] };
}
