using Kiosk.App.Health;

namespace Kiosk.App.Tests.Health;

public sealed class ContentVersionTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeContent()
    {
        _dir = Path.Combine(Path.GetTempPath(), "kiosk-content-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "strings"));
        File.WriteAllText(Path.Combine(_dir, "strings", "kiosk.en.json"), """{ "hello": "Welcome" }""");
        File.WriteAllText(Path.Combine(_dir, "playlist.json"), """{ "slides": [] }""");
    }

    [TearDown]
    public void RemoveContent() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void The_same_content_gives_the_same_version_and_a_changed_word_a_new_one()
    {
        var first = Version();
        var again = Version();
        File.WriteAllText(Path.Combine(_dir, "strings", "kiosk.en.json"), """{ "hello": "Hello" }""");
        var edited = Version();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(edited, Is.Not.EqualTo(first));
            Assert.That(first, Does.Match("^[0-9a-f]{12}$"));
        });
    }

    [Test]
    public void A_missing_playlist_changes_the_version_instead_of_failing()
    {
        var withPlaylist = Version();
        File.Delete(Path.Combine(_dir, "playlist.json"));

        Assert.That(Version(), Is.Not.EqualTo(withPlaylist));
    }

    private string Version() => ContentVersion.Of(Path.Combine(_dir, "strings"), Path.Combine(_dir, "playlist.json"));
}
