using Kiosk.Hub.Staff;

namespace Kiosk.Hub.Auth;

/// <summary>Who a caller is, as the hub's methods and pages require it: an enrolled kiosk, or staff in one of their roles.</summary>
public static class Roles
{
    public const string Kiosk = "kiosk";
    public const string Reception = StaffRoles.Reception;
    public const string Admin = StaffRoles.Admin;
}
