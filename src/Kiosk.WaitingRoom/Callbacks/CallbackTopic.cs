namespace Kiosk.WaitingRoom.Callbacks;

/// <summary>
/// Something patients ask about that the kiosk cannot answer, with the clinic's promise of
/// how much open time it needs to come back ("within 2 business hours").
/// </summary>
public sealed record CallbackTopic(string Id, IReadOnlyDictionary<string, string> Names, TimeSpan Promise)
{
    public const string DefaultLanguage = "en";

    /// <summary>The name in the patient's language, or in English when the clinic has not translated it.</summary>
    public string Name(string language) =>
        Names.TryGetValue(language, out var name) ? name
        : Names.TryGetValue(DefaultLanguage, out var english) ? english
        : Id;

    public DateTimeOffset DeadlineFor(DateTimeOffset asked, BusinessHours hours) => hours.AddBusinessTime(asked, Promise);
}
