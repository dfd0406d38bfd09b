namespace Kiosk.Hub.Staff;

/// <summary>What a staff account may be: reception, or reception and the clinic's administrator.</summary>
public static class StaffRoles
{
    public const string Reception = "reception";
    public const string Admin = "admin";
}
