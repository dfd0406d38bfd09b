namespace Kiosk.Contracts;

/// <summary>Where clients find the hub. One place, so a route change cannot leave a client behind.</summary>
public static class HubRoutes
{
    public const string WaitingRoom = "/hubs/waiting-room";

    public static string PhonePage(string token) => $"/t/{Uri.EscapeDataString(token)}";
}
