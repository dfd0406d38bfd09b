using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using Kiosk.Contracts;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>One hostile call: the method it is aimed at, the JSON that goes after "arguments", and what kind of hostility it is.</summary>
/// <param name="WellFormed">A readable invocation under the hub's message size: it must be answered, not cut off.</param>
public sealed record HubPayload(string Method, string Target, string Arguments, string Kind, bool WellFormed);

/// <summary>
/// Builds hostile calls for a hub method from its parameter types by reflection: a record becomes an
/// object whose fields are each hostile, missing, null, of the wrong type or sent twice; around that,
/// argument lists that are missing, doubled, not a list, not JSON, or a megabyte long.
/// </summary>
public sealed class HubPayloads(HostileValues values)
{
    /// <summary>The hub's default largest message (SignalR's 32 KB): a longer one closes the connection instead.</summary>
    public const int MaxMessageBytes = 32 * 1024;

    private static readonly string[] Malformed =
    [
        "[", "[1,", "[{\"a\":}]", "[{'lastName':'x'}]", "[NaN]", "[undefined]", "[{\"a\":1,}]", "[\"unterminated]", "[01]", "[\"\\x41\"]",
        "[\"\\ud800\\u\"]", "[/*comment*/1]", "[1]]", "[\"\u0001\"]", "[{\"a\" 1}]", "[tru]", "[\"a\"\"b\"]", new string('[', 5_000) + new string(']', 5_000),
    ];

    private static readonly string[] NotAList = ["{}", "\"x\"", "null", "42", "true", "{\"0\":null}"];

    private static readonly string[] WrongTypes = ["42", "-1", "\"text\"", "[]", "{}", "true", "[1,2,3]", "{\"$type\":\"System.IO.FileInfo, System.IO\"}", "\"\"", "1e999"];

    /// <summary>
    /// Fields a fuzzer must not get right by chance. A walk-in names nothing that exists, so a
    /// well-formed one would really join the line: its date of birth is always impossible (before 1900,
    /// in the future, or not a date), so every walk-in is refused however its other fields are hostile.
    /// Its reason is often a real one, so that the name checks behind the reason are reached.
    /// </summary>
    private Func<string>? Override(Type record, string field) => (record.Name, field) switch
    {
        (nameof(WalkInRequest), nameof(WalkInRequest.DateOfBirth)) => () => JsonText.Quote(values.ImpossibleBirth()),
        (nameof(WalkInRequest), nameof(WalkInRequest.Reason)) => () => JsonText.Quote(values.Chance(0.5) ? values.Pick(WalkInReasons.All.ToList()) : values.Text()),
        _ => null,
    };

    public HubPayload Next(MethodInfo method)
    {
        // A method that takes nothing is sent something: its one valid call is not hostile.
        var parameters = method.GetParameters().Select(p => p.ParameterType).DefaultIfEmpty(typeof(string)).ToList();
        var takesNothing = method.GetParameters().Length == 0;
        var roll = values.Random.Next(1000);
        var (kind, target, arguments) = roll switch
        {
            < 80 => ("wrong type", method.Name, JsonText.Array(parameters.Select(_ => values.Pick(WrongTypes)))),
            < 130 => ("nulls", method.Name, JsonText.Array(parameters.Select(_ => "null"))),
            < 190 when !takesNothing => ("missing argument", method.Name, "[]"),
            < 250 => ("duplicated argument", method.Name, JsonText.Array(Contract(parameters).SelectMany(a => new[] { a, a }))),
            < 290 => ("not a list", method.Name, values.Pick(NotAList)),
            < 370 => ("malformed JSON", method.Name, values.Pick(Malformed)),
            < 400 => ("no such method", Mangled(method.Name), JsonText.Array(Contract(parameters))),
            < 405 => ("a megabyte", method.Name, JsonText.Array([JsonText.Quote(HostileValues.Huge())])),
            _ => takesNothing
                ? ("unexpected argument", method.Name, JsonText.Array([Value(values.Chance(0.5) ? typeof(string) : typeof(CheckInRequest), 0)]))
                : ("contract", method.Name, JsonText.Array(Contract(parameters))),
        };

        // SignalR must read the method's name before it can answer about it: a name that is not text (a lone surrogate) ends the connection.
        var readable = kind is not ("not a list" or "malformed JSON" or "a megabyte") && !HasLoneSurrogate(target);
        var size = Encoding.UTF8.GetByteCount(arguments) + Encoding.UTF8.GetByteCount(JsonText.Quote(target));
        return new HubPayload(method.Name, target, arguments, kind, readable && size < MaxMessageBytes - 200);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }

        return false;
    }

    private List<string> Contract(List<Type> parameters) => [.. parameters.Select(p => Value(p, 0))];

    private string Mangled(string name) => values.Random.Next(4) switch
    {
        0 => name.ToLowerInvariant() + "s",
        1 => name + "\0",
        2 => " " + name,
        _ => values.Text(),
    };

    /// <summary>A value for <paramref name="type"/>: usually of that type but hostile, sometimes null or of another type altogether.</summary>
    public string Value(Type type, int depth)
    {
        if (values.Chance(0.07)) return "null";
        if (values.Chance(0.07)) return values.Pick(WrongTypes);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type == typeof(object)) return JsonText.Quote(values.Text());
        if (type == typeof(Guid)) return JsonText.Quote(values.Id());
        if (type == typeof(DateOnly)) return JsonText.Quote(values.Date());
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return JsonText.Quote(values.Instant());
        if (type == typeof(bool)) return values.Pick(new[] { "true", "false", "\"true\"", "1" });
        if (type.IsEnum) return Enum(type);
        if (type.IsPrimitive || type == typeof(decimal)) return values.Number();
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return JsonText.Array(Enumerable.Range(0, values.Random.Next(4)).Select(_ => Value(item, depth + 1)));
        }

        return depth > 3 ? "null" : Record(type, depth);
    }

    /// <summary>A record from its widest constructor: each field hostile, or missing, or sent twice; now and then a field it does not have.</summary>
    private string Record(Type type, int depth)
    {
        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length);
        var members = new List<(string, string)>();
        foreach (var field in constructor?.GetParameters() ?? [])
        {
            var name = field.Name!;
            var key = values.Chance(0.05) ? name.ToUpperInvariant() : char.ToLowerInvariant(name[0]) + name[1..];
            var fixedValue = Override(type, char.ToUpperInvariant(name[0]) + name[1..]);
            if (fixedValue is null && values.Chance(0.1)) continue;
            members.Add((key, fixedValue?.Invoke() ?? Value(field.ParameterType, depth + 1)));
            if (values.Chance(0.04)) members.Add((key, fixedValue?.Invoke() ?? Value(field.ParameterType, depth + 1)));
        }

        if (values.Chance(0.05)) members.Add((values.Pick(new[] { "__proto__", "$type", "isAdmin", "" }), Value(typeof(string), depth + 1)));
        return JsonText.Members(members);
    }

    private string Enum(Type type)
    {
        var asText = type.GetCustomAttribute<JsonConverterAttribute>() is not null;
        return values.Random.Next(3) switch
        {
            0 when asText => JsonText.Quote(values.Pick(System.Enum.GetNames(type))),
            0 => values.Pick(System.Enum.GetValues(type).Cast<object>().Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()),
            1 => values.Pick(new[] { "999", "-1", "2147483648", "1.5" }),
            _ => JsonText.Quote(values.Text()),
        };
    }
}
