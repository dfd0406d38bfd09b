using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.Hub.Callbacks;

/// <summary>The topics patients can ask about, as the clinic writes them in kiosk-content/callback-topics.json.</summary>
public sealed record CallbackTopicsFile(IReadOnlyList<CallbackTopicsFile.TopicEntry> Topics)
{
    private const double MaxPromiseHours = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public sealed record TopicEntry(string Id, IReadOnlyDictionary<string, string> Names, double PromiseBusinessHours);

    public static IReadOnlyList<CallbackTopic> Load(string path)
    {
        CallbackTopicsFile file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<CallbackTopicsFile>(stream, Json) ?? throw new InvalidDataException($"Callback topics file {path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Callback topics file {path} is not valid: {e.Message}", e);
        }

        file.Validate(path);
        return file.Topics
            .Select(t => new CallbackTopic(t.Id, t.Names, TimeSpan.FromHours(t.PromiseBusinessHours)))
            .ToList();
    }

    private void Validate(string path)
    {
        var problems = new List<string>();
        if (Topics is not { Count: > 0 }) problems.Add("at least one topic is needed");
        foreach (var t in Topics ?? [])
        {
            if (string.IsNullOrWhiteSpace(t.Id)) problems.Add("a topic has no id");
            if (t.Names?.TryGetValue(CallbackTopic.DefaultLanguage, out var en) != true || string.IsNullOrWhiteSpace(en)) problems.Add($"topic '{t.Id}' needs an English name (\"en\")");
            if (t.PromiseBusinessHours is <= 0 or > MaxPromiseHours) problems.Add($"topic '{t.Id}' needs promiseBusinessHours between 0 and {MaxPromiseHours}");
        }

        foreach (var twice in (Topics ?? []).GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"topic '{twice.Key}' is listed twice");
        }

        if (problems.Count > 0) throw new InvalidDataException($"Callback topics file {path}: {string.Join("; ", problems)}.");
    }
}
