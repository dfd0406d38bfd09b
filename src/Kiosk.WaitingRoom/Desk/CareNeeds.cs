namespace Kiosk.WaitingRoom.Desk;

/// <summary>
/// What a patient told the kiosk at check-in so the desk can help: staff only, never logged.
/// Feeling worse also alerts the desk.
/// </summary>
public sealed record CareNeeds(
    bool Needles = false,
    string? InterpreterLanguage = null,
    bool Mobility = false,
    bool TalkPrivately = false,
    bool FeelingWorse = false,
    string? Other = null)
{
    public bool Any => Needles || InterpreterLanguage is not null || Mobility || TalkPrivately || FeelingWorse || Other is not null;
}
