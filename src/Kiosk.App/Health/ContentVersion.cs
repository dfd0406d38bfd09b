using System.Security.Cryptography;
using System.Text;

namespace Kiosk.App.Health;

/// <summary>
/// A short fingerprint of the kiosk-content the kiosk loaded at start (strings and playlist):
/// SHA-256 over each file's name and bytes. Two kiosks with the same fingerprint show the same words.
/// </summary>
public static class ContentVersion
{
    public static string Of(string stringsFolder, string playlistFile)
    {
        var files = (Directory.Exists(stringsFolder) ? Directory.EnumerateFiles(stringsFolder, "*.json") : [])
            .Order(StringComparer.Ordinal)
            .Append(playlistFile);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            sha.AppendData(File.Exists(path) ? File.ReadAllBytes(path) : Encoding.UTF8.GetBytes("(missing)"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
