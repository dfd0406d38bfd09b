namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>Patients booked in kiosk-content/clinic.demo.json, as a patient would type them.</summary>
public sealed record DemoPatient(string FirstName, string LastName, DateOnly DateOfBirth)
{
    public static readonly DemoPatient AishaRahman = new("Aisha", "Rahman", new(1990, 11, 2));
    public static readonly DemoPatient GraceAdeyemi = new("Grace", "Adeyemi", new(1982, 5, 17));
    public static readonly DemoPatient TomOBrien = new("Tom", "O'Brien", new(1958, 1, 21));
    public static readonly DemoPatient FatimaNowak = new("Fatima", "Nowak", new(1979, 2, 14));

    public string FullName => $"{FirstName} {LastName}";
}
