using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>Names from today's clinic file: a provider or visit type since removed from it keeps its id and has no name.</summary>
internal static class ExportNames
{
    public static string? Provider(ClinicProfile clinic, string id) => clinic.Providers.FirstOrDefault(p => p.Id == id)?.Name;

    public static string? VisitType(ClinicProfile clinic, string id) => clinic.VisitTypes.FirstOrDefault(v => v.Id == id)?.Name;
}
