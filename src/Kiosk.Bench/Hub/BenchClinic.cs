namespace Kiosk.Bench.Hub;

/// <summary>The clinic of <see cref="Views.BusyRoom"/>: three providers, check-ups and walk-ins, on UTC.</summary>
public static class BenchClinic
{
    public static readonly string[] Providers = ["lee", "okafor", "haddad"];

    /// <summary>Writes clinic.json into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder)
    {
        var clinicFile = Path.Combine(folder, "clinic.json");
        File.WriteAllText(clinicFile, """
            {
              "id": "bench", "name": "Bench Clinic", "timeZone": "UTC", "walkIns": "interleave",
              "rooms": ["Room 1", "Room 2", "Room 3"],
              "providers": [
                { "id": "lee", "name": "Dr Lee", "ticketPrefix": "L", "room": "Room 1" },
                { "id": "okafor", "name": "Dr Okafor", "ticketPrefix": "O", "room": "Room 2" },
                { "id": "haddad", "name": "Dr Haddad", "ticketPrefix": "H", "room": "Room 3" }
              ],
              "visitTypes": [
                { "id": "checkup", "name": "Check-up", "minutes": 15 },
                { "id": "walkin", "name": "Walk-in", "minutes": 10, "walkInReasons": ["unwell", "injury", "prescription", "test", "other"] }
              ]
            }
            """);
        return clinicFile;
    }
}
