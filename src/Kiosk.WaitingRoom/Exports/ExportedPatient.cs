using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.WaitingRoom.Exports;

/// <summary>
/// Who the patient was, only when the admin asked for it. A day past retention has forgotten
/// them: the export leaves the fields empty rather than print the placeholder as if it were a name.
/// </summary>
public sealed record ExportedPatient(string? FirstName, string? LastName, DateOnly? DateOfBirth)
{
    public static ExportedPatient Of(PatientIdentity patient) => patient == PatientIdentity.Forgotten
        ? new(null, null, null)
        : new(patient.FirstName, patient.LastName, patient.DateOfBirth);
}
