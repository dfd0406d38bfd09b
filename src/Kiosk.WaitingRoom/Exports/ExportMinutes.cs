namespace Kiosk.WaitingRoom.Exports;

/// <summary>Durations as an export writes them: minutes to one decimal, empty when either end is unknown.</summary>
public static class ExportMinutes
{
    public static double? Of(TimeSpan? span) => span is { } s ? Round(s.TotalMinutes) : null;

    public static double Round(double minutes) => Math.Round(minutes, 1, MidpointRounding.AwayFromZero);
}
