using System.Text;

namespace Kiosk.Hub.Exports;

/// <summary>How an export's bytes are written, to a download or a file.</summary>
public static class ExportFiles
{
    /// <summary>UTF-8 with a byte order mark: without it, spreadsheets open "Zoë" as "ZoÃ«".</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>A download's bytes: the byte order mark, then the text.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.GetPreamble(), .. Encoding.GetBytes(csv)];
}
