using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Kiosk.Contracts.Lobby;

/// <summary>One slide of lobby media: its words are strings keys, so every language has them.</summary>
public sealed record LobbySlide(string TitleKey, string TextKey, int Seconds = 8);

/// <summary>
/// A lobby video: a file under kiosk-content/media, played silently in a loop (a waiting room is
/// no place for sound nobody chose), with a caption from the strings so it says something in every
/// language.
/// </summary>
public sealed record LobbyVideo(string File, string CaptionKey);

/// <summary>
/// The attract screen's media, from kiosk-content/playlist.json: HTML slides (they scale to any
/// screen and are read by screen readers) and silent HTML5 videos from kiosk-content/media. A
/// missing or broken file is an empty playlist: the attract screen still works without media.
/// </summary>
public sealed class LobbyPlaylist(IReadOnlyList<LobbySlide> slides, IReadOnlyList<LobbyVideo>? videos = null)
{
    /// <summary>What Chromium on a kiosk box plays without extra codecs.</summary>
    private static readonly string[] VideoTypes = [".webm", ".mp4"];

    public IReadOnlyList<LobbyVideo> Videos { get; } = videos ?? [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public IReadOnlyList<LobbySlide> Slides { get; } = slides;

    /// <summary>Seconds for the whole loop; each slide shows for its own share of it.</summary>
    public int LoopSeconds => Slides.Sum(s => s.Seconds);

    public static LobbyPlaylist Load(string path, ILogger log, string? mediaFolder = null)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<PlaylistFile>(stream, Json);
            var media = mediaFolder ?? Path.Combine(Path.GetDirectoryName(path)!, "media");
            return new LobbyPlaylist(
                [.. (file?.Slides ?? []).Where(s => s.Seconds is > 0 and <= 120)],
                [.. (file?.Videos ?? []).Where(v => Playable(v, media, log))]);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            log.LogWarning("Lobby playlist {Path} not read ({Reason}); showing the attract screen without media.", path, e.Message);
            return new LobbyPlaylist([]);
        }
    }

    /// <summary>A plain file name of a video type that is there in the media folder; anything else is left out, and said so.</summary>
    private static bool Playable(LobbyVideo video, string mediaFolder, ILogger log)
    {
        var name = video.File ?? "";
        var plain = name.Length > 0 && Path.GetFileName(name) == name && !name.StartsWith('.');
        var typed = VideoTypes.Contains(Path.GetExtension(name).ToLowerInvariant());
        var there = plain && File.Exists(Path.Combine(mediaFolder, name));
        if (!(plain && typed && there))
        {
            log.LogWarning("Lobby video '{File}' left out: it must be a .webm or .mp4 file name in {Folder}.", name, mediaFolder);
        }

        return plain && typed && there;
    }

    private sealed record PlaylistFile(IReadOnlyList<LobbySlide>? Slides, IReadOnlyList<LobbyVideo>? Videos);
}
