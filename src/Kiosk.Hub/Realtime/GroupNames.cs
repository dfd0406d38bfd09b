namespace Kiosk.Hub.Realtime;

/// <summary>SignalR group names, made in one place. See ARCHITECTURE.md "Groups and who sees what".</summary>
public static class GroupNames
{
    public const string Reception = "reception";

    public static string Ticket(string token) => $"ticket:{token}";

    public static string Display(string clinicId) => $"display:{clinicId}";

    public static string Kiosk(string kioskId) => $"kiosk:{kioskId}";
}
