using Kiosk.Contracts;
using Kiosk.Contracts.Localization;
using Kiosk.Hub.Clinic;

namespace Kiosk.Hub.Display;

/// <summary>
/// The TV's words, in the clinic's first language (kiosk-content/strings/display.*.json). Waits are
/// worded with the kiosk's own sentences, so the room reads the same range on the TV as at the kiosk.
/// </summary>
public sealed class DisplayWords(KioskStrings strings, ClinicFile clinic)
{
    public string Language { get; } = First(clinic);

    /// <summary>The clinic's next language, which the lobby slides also show; null for a one-language clinic.</summary>
    public string? Second { get; } = (clinic.Languages ?? strings.Languages).FirstOrDefault(l => l != First(clinic));

    private static string First(ClinicFile clinic) => clinic.Languages is [var first, ..] ? first : KioskStrings.Fallback;

    public string this[string key] => strings.Get(Language, key);

    public string In(string language, string key) => strings.Get(language, key);

    public string GoTo(string room) => strings.Format(Language, "display.go-to", ("room", room));

    public string Wait(ShownWait? wait) => wait switch
    {
        null => this["display.nobody-waiting"],
        { Kind: ShownWaitKind.FewMinutes } => this["attract.short-wait"],
        { Kind: ShownWaitKind.UpTo } w => strings.Format(Language, "attract.typical-wait-up-to", ("high", w.HighMinutes)),
        var w => strings.Format(Language, "attract.typical-wait", ("low", w.Value.LowMinutes), ("high", w.Value.HighMinutes)),
    };

    /// <summary>"Dr Lee is running about 20 min late because of an emergency": a fixed reason only, in the TV's language.</summary>
    public string Late(LateNotice late) => strings.Format(
        Language,
        late.Reason switch
        {
            LateReasonKind.Emergency => "display.late-emergency",
            LateReasonKind.ComplexAppointment => "display.late-complex-visit",
            LateReasonKind.StartedLate => "display.late-started-late",
            LateReasonKind.StaffShortage => "display.late-staff-short",
            _ => "display.late",
        },
        ("provider", late.ProviderName),
        ("minutes", late.Minutes));
}
