using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Integrations.Csv;

/// <summary>
/// The status words a clinic's export uses, in English and Spanish, matched like headers
/// (ignoring case, accents and spaces: "No vino", "llego", "NO-SHOW"). A blank status is booked.
/// </summary>
public static class CsvStatus
{
    private static readonly Dictionary<string, SourceStatus> Words = new[]
    {
        ("booked", SourceStatus.Booked), ("reservada", SourceStatus.Booked), ("citada", SourceStatus.Booked),
        ("arrived", SourceStatus.Arrived), ("llegó", SourceStatus.Arrived), ("presente", SourceStatus.Arrived),
        ("fulfilled", SourceStatus.Fulfilled), ("atendida", SourceStatus.Fulfilled),
        ("noshow", SourceStatus.NoShow), ("no vino", SourceStatus.NoShow), ("no presentado", SourceStatus.NoShow),
        ("cancelled", SourceStatus.Cancelled), ("canceled", SourceStatus.Cancelled), ("cancelada", SourceStatus.Cancelled), ("anulada", SourceStatus.Cancelled),
    }.ToDictionary(w => CsvColumn.Key(w.Item1), w => w.Item2);

    /// <summary>The words, for a problem that says a status is unknown.</summary>
    public const string Known = "booked, arrived, fulfilled, noshow or cancelled (reservada, llegó, atendida, no vino or cancelada); blank means booked";

    public static bool TryParse(string text, out SourceStatus status)
    {
        status = SourceStatus.Booked;
        return string.IsNullOrWhiteSpace(text) || Words.TryGetValue(CsvColumn.Key(text), out status);
    }
}
