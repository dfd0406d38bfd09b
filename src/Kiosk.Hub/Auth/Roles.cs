namespace Kiosk.Hub.Auth;

public static class Roles
{
    public const string Kiosk = "kiosk";
    public const string Reception = "reception";
    public const string Admin = "admin";
}
