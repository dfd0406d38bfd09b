namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>
/// What the patient asked: about which visit, on which topic, in their words (optional), and how
/// to reply. Phone is already normalised (E.164) by whoever took it; the domain does not parse numbers.
/// </summary>
public sealed record CallbackQuestion(
    Guid Id,
    Guid VisitId,
    string TopicId,
    string? Text,
    ReplyBy ReplyBy,
    string? Phone,
    string Language = "en")
{
    public const int MaxTextLength = 500;
}
