using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Simulator.Scenarios;

/// <summary>How scenario files are read: camelCase, strict (unknown or duplicate properties and nulls are errors), comments allowed.</summary>
internal static class ScenarioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new ClockTimeConverter(), new WalkInPolicyConverter() },
    };
}

/// <summary>Clinic-local times are written "HH:mm".</summary>
internal sealed class ClockTimeConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && TimeOnly.TryParseExact(reader.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException("expected a time written \"HH:mm\", such as \"08:30\".");

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
}

internal sealed class WalkInPolicyConverter : JsonConverter<WalkInPolicy>
{
    public override WalkInPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (reader.TokenType == JsonTokenType.String ? reader.GetString() : null) switch
        {
            "interleave" => WalkInPolicy.Interleave,
            "afterBooked" => WalkInPolicy.AfterBooked,
            var other => throw new JsonException($"unknown walk-in policy '{other}'; expected \"interleave\" or \"afterBooked\"."),
        };

    public override void Write(Utf8JsonWriter writer, WalkInPolicy value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value == WalkInPolicy.AfterBooked ? "afterBooked" : "interleave");
}
