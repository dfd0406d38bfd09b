using System.Text;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>Any string as URL text: its UTF-8 bytes (a lone surrogate becomes U+FFFD, as a browser sends it), every byte but the unreserved ones escaped.</summary>
public static class PercentEncoding
{
    public static string Encode(string text)
    {
        var url = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            url.Append(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}");
        }

        return url.ToString();
    }
}
