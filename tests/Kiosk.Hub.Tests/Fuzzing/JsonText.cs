using System.Globalization;
using System.Text;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>
/// JSON written by hand, so that it can say what a serializer never would: a lone surrogate as its
/// escape (JSON allows "\ud800"; UTF-16 does not), a raw NUL escaped, a key twice.
/// </summary>
public static class JsonText
{
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                // Control characters, and every surrogate on its own: a valid pair is two escapes that JSON joins again.
                < ' ' or (>= '\uD800' and <= '\uDFFF') or '\u001e' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }

    public static string Members(IEnumerable<(string Key, string Json)> members) =>
        "{" + string.Join(",", members.Select(m => Quote(m.Key) + ":" + m.Json)) + "}";

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";
}
