namespace Kiosk.Contracts;

/// <summary>
/// "Is there anything we should know today?" — what the patient chose at the kiosk. Staff only:
/// shown on the reception board, never logged, never on the TV or the phone.
/// </summary>
public sealed record CareNotes(
    bool Needles = false,
    string? InterpreterLanguage = null,
    bool Mobility = false,
    bool TalkPrivately = false,
    bool FeelingWorse = false,
    string? Other = null)
{
    public const int MaxOtherLength = 200;
    public const int MaxLanguageLength = 40;

    public bool Any => Needles || InterpreterLanguage is not null || Mobility || TalkPrivately || FeelingWorse || Other is not null;
}
