using Kiosk.Contracts.Lobby;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.App.Tests.Lobby;

/// <summary>What the attract screen plays: only videos that are really there, of a kind the kiosk plays.</summary>
public sealed class LobbyPlaylistTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeContentFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"playlist-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_folder, "media"));
        File.WriteAllBytes(Path.Combine(_folder, "media", "calm.webm"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_folder, "media", "notes.txt"), [1]);
        File.WriteAllBytes(Path.Combine(_folder, "secret.webm"), [1]);
    }

    [TearDown]
    public void RemoveContentFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Videos_outside_the_media_folder_of_another_kind_or_missing_are_left_out()
    {
        var playlist = Load("""
            {
              "videos": [
                { "file": "calm.webm", "captionKey": "lobby.video.caption" },
                { "file": "../secret.webm", "captionKey": "x" },
                { "file": "notes.txt", "captionKey": "x" },
                { "file": "gone.mp4", "captionKey": "x" },
                { "file": "", "captionKey": "x" }
              ],
              "slides": [ { "titleKey": "a", "textKey": "b", "seconds": 8 } ]
            }
            """);

        Assert.That(playlist.Videos, Is.EqualTo(new[] { new LobbyVideo("calm.webm", "lobby.video.caption") }));
        Assert.That(playlist.Slides, Has.Count.EqualTo(1), "slides still show beside the videos");
    }

    [Test]
    public void A_playlist_without_videos_is_slides_only()
    {
        Assert.That(Load("""{ "slides": [] }""").Videos, Is.Empty);
    }

    [Test]
    public void The_shipped_playlist_plays_the_shipped_video()
    {
        var content = Path.GetFullPath(Path.Combine(TestStrings.Folder, ".."));

        var playlist = LobbyPlaylist.Load(Path.Combine(content, "playlist.json"), NullLogger.Instance);

        Assert.That(playlist.Videos.Select(v => v.File), Is.EqualTo(new[] { "calm-moment.webm" }));
        Assert.That(TestStrings.Shipped.KeysIn("es"), Does.Contain(playlist.Videos[0].CaptionKey));
    }

    private LobbyPlaylist Load(string json)
    {
        var path = Path.Combine(_folder, "playlist.json");
        File.WriteAllText(path, json);
        return LobbyPlaylist.Load(path, NullLogger.Instance);
    }
}
