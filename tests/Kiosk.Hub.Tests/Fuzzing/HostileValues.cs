using System.Globalization;
using System.Text;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>
/// Hostile values, all drawn from one seeded <see cref="Random"/> so a failing run can be replayed.
/// Strings come back as .NET strings (they may hold NUL, lone surrogates, 1 MB); everything else as
/// JSON text, because the point is often that it does not read as the type the hub expects.
/// </summary>
public sealed class HostileValues(Random random)
{
    public const int OneMegabyte = 1 << 20;

    private static readonly string[] Catalogue =
    [
        "", " ", "\t\r\n", "\0", "a\0b", "Robert'); DROP TABLE Visits;--", "' OR '1'='1", "\" OR 1=1 --", "1; DELETE FROM Appointments",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}", "%s%n%x%d",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc", "/dev/null", "C:\\CON\\AUX", "file:///etc/shadow",
        "\u202Eevil\u202D.exe", "שלום עליכם", "مرحبا بالعيادة", "e\u0301\u0301\u0301\u0301", "Z\u0337\u0327\u031Ba\u0336l\u0335g\u0338o", "👩🏽‍⚕️🏥🤒",
        "\uFEFF", "\u200B\u200C\u200D", "\uFFFF\uFFFE", "𝕬𝖇𝖈", "İıſK", "\r\nSet-Cookie: x=y", "null", "undefined", "NaN", "-0", "1e309", "[]", "{}",
        "\uD800", "a\uDC00b", "\uDBFF\uDBFF", "O'Brien-Smith", "María José", "李小龍", "  Rahman  ", "rahman\t", "\u0085\u2028\u2029",
    ];

    private static readonly string[] Repeated = ["x", "é", "€", "😀", "\u0301"];

    private static readonly string[] Numbers =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e308", "-1e308", "1e-400",
        "1.5", "-0", "123456789012345678901234567890", "0.0000001", "4.9e-324", "1E+2",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "0000-00-00", "-0001-01-01", "1899-12-31", "1900-01-01", "2200-01-01",
        "1990-11-02T00:00:00", "02/11/1990", "19901102", "yesterday", "1990-11-02 ", "+1990-11-02",
    ];

    private static readonly string[] Instants =
    [
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2026-12-03T10:00:00+15:00",
        "2026-12-03T25:00:00Z", "2026-12-03", "now", "1970-01-01T00:00:00Z", "2026-12-03T10:00:00.123456789Z",
    ];

    private static readonly string[] Guids =
    [
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ", "0", "{00000000-0000-0000-0000-000000000000}",
        "00000000000000000000000000000000", "00000000-0000-0000-0000-0000000000000",
    ];

    public Random Random { get; } = random;

    public bool Chance(double p) => Random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>
    /// Never a well-formed ticket token, content version or confirmation code (letters, digits, '.', '-', '_' only,
    /// at most 64): a fuzz string can then never name a real ticket or pass as a kiosk's healthy report.
    /// </summary>
    public string Text()
    {
        var text = Random.Next(20) switch
        {
            < 9 => Pick(Catalogue),
            < 15 => Mixed(Random.Next(1, 200)),
            < 17 => Pick(Catalogue) + Mixed(Random.Next(1, 40)) + Pick(Catalogue),
            < 19 => string.Concat(Enumerable.Repeat(Pick(Repeated), Random.Next(90, 6_000))),
            _ => Mixed(Random.Next(1_000, 20_000)),
        };
        // Judged without whitespace: the hub trims a content version, and a code reader drops spaces ("  Rahman  " reads as RAHMAN).
        var core = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return core.Length is > 0 and <= 64 && core.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? text + "'" : text;
    }

    /// <summary>A megabyte of text: far past the hub's message size, to see the door shut politely.</summary>
    public static string Huge() => new('\u00e9', OneMegabyte);

    public string Number() => Chance(0.7) ? Pick(Numbers) : Random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture);

    public string Date() => Chance(0.6) ? Pick(Dates) : new DateOnly(Random.Next(1, 10_000), Random.Next(1, 13), Random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date of birth the hub must refuse: before 1900, in the future, or not a date.</summary>
    public string ImpossibleBirth() => Random.Next(3) switch
    {
        0 => new DateOnly(Random.Next(1, 1900), Random.Next(1, 13), Random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        1 => new DateOnly(Random.Next(DateTime.UtcNow.Year + 1, 10_000), Random.Next(1, 13), Random.Next(1, 29)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Pick(new[] { "2026-02-30", "0000-00-00", "yesterday", "02/11/1990", "-0001-01-01" }),
    };

    public string Instant() => Chance(0.7) ? Pick(Instants)
        : DateTimeOffset.UnixEpoch.AddSeconds(Random.NextInt64(-62_135_596_800, 253_402_300_799)).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Fresh random GUIDs name nothing in the room; the rest do not read as GUIDs at all.</summary>
    public string Id()
    {
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        return Chance(0.5) ? new System.Guid(bytes).ToString() : Pick(Guids);
    }

    private string Mixed(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(Random.Next(6) switch
            {
                0 => (char)Random.Next(0x20, 0x7F),
                1 => (char)Random.Next(0, 0x20),
                2 => (char)Random.Next(0x0590, 0x0700),
                3 => (char)Random.Next(0x0300, 0x0370),
                4 => (char)Random.Next(0xD800, 0xE000),
                _ => (char)Random.Next(0xA0, 0xFFFE),
            });
        }

        return text.ToString();
    }
}
