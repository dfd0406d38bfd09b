using System.Text.Json;

namespace Kiosk.App.Lobby;

/// <summary>One slide of lobby media: its words are strings keys, so every language has them.</summary>
public sealed record LobbySlide(string TitleKey, string TextKey, int Seconds = 8);

/// <summary>
/// The attract screen's media, from kiosk-content/playlist.json. HTML slides only for now: they
/// scale to any screen, cost no bandwidth and are read by screen readers. A missing or broken file
/// is an empty playlist: the attract screen still works without media.
/// </summary>
public sealed class LobbyPlaylist(IReadOnlyList<LobbySlide> slides)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public IReadOnlyList<LobbySlide> Slides { get; } = slides;

    /// <summary>Seconds for the whole loop; each slide shows for its own share of it.</summary>
    public int LoopSeconds => Slides.Sum(s => s.Seconds);

    public static LobbyPlaylist Load(string path, ILogger log)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<PlaylistFile>(stream, Json);
            return new LobbyPlaylist([.. (file?.Slides ?? []).Where(s => s.Seconds is > 0 and <= 120)]);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            log.LogWarning("Lobby playlist {Path} not read ({Reason}); showing the attract screen without media.", path, e.Message);
            return new LobbyPlaylist([]);
        }
    }

    private sealed record PlaylistFile(IReadOnlyList<LobbySlide>? Slides);
}
