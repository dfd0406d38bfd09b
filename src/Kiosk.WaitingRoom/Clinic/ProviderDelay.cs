namespace Kiosk.WaitingRoom.Clinic;

/// <summary>
/// "Dr Lee is running about 20 minutes behind", said by someone at a time, with the reason: one of
/// the clinic's fixed reasons (<see cref="Kind"/>), or the desk's own words in <see cref="Reason"/>.
/// </summary>
public sealed record ProviderDelay(string ProviderId, int Minutes, string Reason, string By, DateTimeOffset SetAt, LateReason Kind = LateReason.Typed)
{
    /// <summary>The reason in the desk's English: a fixed reason's name, else what was typed ("" for none).</summary>
    public string Said => Kind switch
    {
        LateReason.Emergency => "an emergency",
        LateReason.ComplexAppointment => "a complex appointment",
        LateReason.StartedLate => "started late",
        LateReason.StaffShortage => "staff shortage",
        _ => Reason,
    };
}
