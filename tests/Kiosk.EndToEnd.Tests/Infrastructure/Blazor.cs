using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

public static class Blazor
{
    /// <summary>
    /// Prerendered buttons do nothing until the circuit is up. Each page binds its main element's
    /// data-interactive attribute to RendererInfo.IsInteractive; Blazor renders a bool attribute by
    /// presence, so it is absent while prerendered and data-interactive="" once interactive.
    /// </summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("main[data-interactive]")).ToBeVisibleAsync();

    /// <summary>Sets a value on window that only a full page load would clear.</summary>
    public static Task MarkAsync(IPage page) => page.EvaluateAsync("() => { window.e2eNotReloaded = true; }");

    public static Task<bool> IsStillMarkedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.e2eNotReloaded === true");

    /// <summary>Blazor shows this bar when a circuit fails; it must stay hidden.</summary>
    public static ILocator ErrorBar(IPage page) => page.Locator("#blazor-error-ui");
}
