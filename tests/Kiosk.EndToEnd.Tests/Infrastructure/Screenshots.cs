using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>Numbered full-page screenshots, kept with the test's results as attachments.</summary>
public sealed class Screenshots
{
    private int _taken;

    public async Task TakeAsync(IPage page, string what)
    {
        var context = TestContext.CurrentContext;
        var directory = Path.Combine(context.WorkDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{context.Test.Name}-{++_taken:00}-{what}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, what);
    }

    /// <summary>What the screen shows without scrolling, kept in docs/screens/ as the documentation's picture of it.</summary>
    public static async Task ForDocsAsync(IPage page, string name)
    {
        var path = Path.Combine(Repository.Root, "docs", "screens", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
        TestContext.AddTestAttachment(path, name);
    }
}
