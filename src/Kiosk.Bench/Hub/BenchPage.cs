namespace Kiosk.Bench.Hub;

/// <summary>
/// docs/benchmarks/hub.md holds what two benchmarks write (bench hub and bench change): each replaces only its own
/// section, between markers, so running one keeps the other's last results.
/// </summary>
public static class BenchPage
{
    private const string Title = "# The hub under load";

    public static async Task WriteSectionAsync(string path, string name, string markdown)
    {
        var (begin, end) = ($"<!-- {name}: written by ./kiosk bench {name} -->", $"<!-- /{name} -->");
        var section = $"{begin}\n{markdown.TrimEnd()}\n{end}\n";
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        var (b, e) = (text.IndexOf(begin, StringComparison.Ordinal), text.IndexOf(end, StringComparison.Ordinal));
        text = b >= 0 && e > b
            ? text[..b] + section + text[(e + end.Length)..].TrimStart('\n')
            // A page of sections gains this one; an older page written whole by one benchmark is started again.
            : text.Contains("<!-- ", StringComparison.Ordinal) ? text.TrimEnd() + "\n\n" + section : $"{Title}\n\n{section}";
        await File.WriteAllTextAsync(path, text);
    }
}
