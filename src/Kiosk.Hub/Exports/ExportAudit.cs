using Kiosk.WaitingRoom.Exports;

namespace Kiosk.Hub.Exports;

/// <summary>
/// Who exported what, never the data. An export with names, birth dates and phone numbers is a
/// warning, so a hub that keeps only warnings still records it.
/// </summary>
public static partial class ExportAudit
{
    public const string Category = "Kiosk.Hub.Exports";

    public static void Exported(ILogger log, string admin, ExportKind kind, ExportRequest request)
    {
        if (request.WithPersonalData)
        {
            WithPersonalData(log, admin, kind.Name(), request.Range.ToString());
        }
        else
        {
            WithoutPersonalData(log, admin, kind.Name(), request.Range.ToString());
        }
    }

    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "admin {Admin} exported {Kind} with personal data for days {Days}")]
    private static partial void WithPersonalData(ILogger log, string admin, string kind, string days);

    [LoggerMessage(EventId = 1600, Level = LogLevel.Information, Message = "admin {Admin} exported {Kind} for days {Days}")]
    private static partial void WithoutPersonalData(ILogger log, string admin, string kind, string days);
}
