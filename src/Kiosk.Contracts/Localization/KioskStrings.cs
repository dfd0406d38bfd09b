using System.Globalization;
using System.Text.Json;

namespace Kiosk.Contracts.Localization;

/// <summary>
/// Every word the kiosk shows, read from kiosk-content/strings/&lt;area&gt;.&lt;lang&gt;.json (flat key → text).
/// All areas of one language are merged, so a feature adds its own file (callbacks.en.json) without
/// touching anyone else's. A key missing in a language falls back to English.
/// </summary>
public sealed class KioskStrings
{
    public const string Fallback = "en";
    private static readonly JsonSerializerOptions Json = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;

    private KioskStrings(Dictionary<string, Dictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The languages offered, English first.</summary>
    public IReadOnlyList<string> Languages => EnglishFirst(_byLanguage.Keys);

    /// <summary>
    /// The languages a strings folder has files for, English first, from the file names alone:
    /// what a clinic file's "languages" may choose from, known without loading the words.
    /// </summary>
    public static IReadOnlyList<string> LanguagesIn(string directory) =>
        EnglishFirst(Directory.EnumerateFiles(directory, "*.json")
            .Select(path => Path.GetFileNameWithoutExtension(path).Split('.'))
            .Where(parts => parts.Length == 2)
            .Select(parts => parts[1])
            .Distinct(StringComparer.Ordinal));

    private static IReadOnlyList<string> EnglishFirst(IEnumerable<string> languages) =>
        [.. languages.OrderBy(l => l == Fallback ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];

    public static KioskStrings Load(string directory)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFileNameWithoutExtension(path).Split('.');
            if (parts.Length != 2)
            {
                throw new InvalidDataException($"Strings file {path} must be named <area>.<lang>.json, for example kiosk.en.json.");
            }

            var texts = ReadFile(path);
            var language = byLanguage.TryGetValue(parts[1], out var known) ? known : byLanguage[parts[1]] = new(StringComparer.Ordinal);
            foreach (var (key, text) in texts)
            {
                if (!language.TryAdd(key, text))
                {
                    throw new InvalidDataException($"The key '{key}' in {path} is already defined by another {parts[1]} strings file.");
                }
            }
        }

        return byLanguage.ContainsKey(Fallback)
            ? new KioskStrings(byLanguage)
            : throw new InvalidDataException($"No English strings (*.{Fallback}.json) in {directory}.");
    }

    public bool Has(string language) => _byLanguage.ContainsKey(language);

    /// <summary>The text in the language asked, else English, else the key in brackets (visible, never a crash).</summary>
    public string Get(string language, string key) =>
        _byLanguage.GetValueOrDefault(language)?.GetValueOrDefault(key)
        ?? _byLanguage[Fallback].GetValueOrDefault(key)
        ?? $"[{key}]";

    /// <summary>Fills named placeholders such as {provider} or {low}.</summary>
    public string Format(string language, string key, params (string Name, object Value)[] values)
    {
        var text = Get(language, key);
        var culture = CultureInfo.GetCultureInfo(Has(language) ? language : Fallback);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, culture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// Every text whose key starts with one of the prefixes, in the language (English where it has
    /// none): what a page that words itself in the browser needs, and nothing more.
    /// </summary>
    public IReadOnlyDictionary<string, string> Area(string language, params string[] prefixes) =>
        _byLanguage[Fallback].Keys
            .Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)))
            .ToDictionary(k => k, k => Get(language, k), StringComparer.Ordinal);

    /// <summary>
    /// The language to speak: the one asked for if there are words for it, else the first of the
    /// browser's languages (Accept-Language, in the order given) that has words, else English.
    /// </summary>
    public string Choose(string? asked, IEnumerable<string> browserLanguages)
    {
        if (asked is { Length: > 0 } && Has(asked))
        {
            return asked;
        }

        foreach (var tag in browserLanguages)
        {
            var primary = tag.Split('-')[0].Trim().ToLowerInvariant();
            if (Has(primary))
            {
                return primary;
            }
        }

        return Fallback;
    }

    public IReadOnlyCollection<string> KeysIn(string language) => _byLanguage.TryGetValue(language, out var texts) ? texts.Keys : Array.Empty<string>();

    /// <summary>English keys the language does not translate (they would be shown in English).</summary>
    public IReadOnlyList<string> MissingIn(string language) =>
        [.. _byLanguage[Fallback].Keys.Where(k => !(_byLanguage.GetValueOrDefault(language)?.ContainsKey(k) ?? false)).Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream, Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Strings file {path} is not a flat JSON object of key → text: {e.Message}", e);
        }
    }
}
