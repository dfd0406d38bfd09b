namespace Kiosk.WaitingRoom.Clinic;

/// <summary>
/// Why a provider is running late, as reception chooses it. The fixed reasons are worded in each
/// patient's language (kiosk-content/strings/reason.*.json); <see cref="Typed"/> is the desk's own
/// words, shown as typed (in another language, marked as the staff's).
/// </summary>
public enum LateReason
{
    /// <summary>Reception's own words (<see cref="ProviderDelay.Reason"/>), or none.</summary>
    Typed,

    Emergency,

    ComplexAppointment,

    StartedLate,

    StaffShortage,
}
