namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// How the on-screen letter keys (which show capitals) type free text such as a question or a care
/// note: as a sentence. A letter starting the text or a new sentence is a capital, any other is small,
/// unless the patient pressed the capital key first ("Dr Lee", "MRI"): their own capitals are kept.
/// </summary>
public static class SentenceTyping
{
    public static string Append(string text, string key, bool capital)
    {
        if (key.Length != 1 || !char.IsLetter(key[0]))
        {
            return text + key;
        }

        return text + (capital || StartsSentence(text) ? key.ToUpperInvariant() : key.ToLowerInvariant());
    }

    private static bool StartsSentence(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var trimmed = text.TrimEnd();
        return trimmed.Length < text.Length && (trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!');
    }
}
