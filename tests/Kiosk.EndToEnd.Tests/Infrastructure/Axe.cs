using System.Text.Json;
using Microsoft.Playwright;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>axe-core (installed from npm by ./kiosk test into .tools/) run on the page as it is now.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(Find);

    /// <summary>Serious and critical violations, each as "rule: target, target…"; empty when clean.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Path = Script.Value });
        }

        var json = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document)).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))
            """);
        return [.. json.EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>Text below 7:1 (WCAG AAA, the high-contrast theme's promise), as "target" strings.</summary>
    public static async Task<IReadOnlyList<string>> BelowSevenToOneAsync(IPage page)
    {
        await SeriousViolationsAsync(page);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: ['color-contrast-enhanced'] })).violations
                .flatMap(v => v.nodes.map(n => n.target.join(' ')))
            """);
        return [.. json.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static string Find()
    {
        var path = Path.Combine(Repository.Root, ".tools", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? path : throw new FileNotFoundException("axe-core is not installed: ./kiosk test installs it (npm) into .tools/.", path);
    }
}
