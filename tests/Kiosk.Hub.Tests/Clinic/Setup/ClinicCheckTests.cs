namespace Kiosk.Hub.Tests.Clinic.Setup;

/// <summary>./kiosk clinic check: every problem of a clinic file, one a line with how to fix it, or a one-line summary.</summary>
public sealed class ClinicCheckTests
{
    private static readonly string DemoFile = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../kiosk-content/clinic.demo.json"));

    [Test]
    public void A_good_file_gets_one_line_and_exit_zero()
    {
        using var folder = new ClinicFolder();

        Assert.That(folder.Run("", "check", DemoFile), Is.EqualTo((0, $"{DemoFile} is valid: 3 providers, 5 visit types, 5 rooms (Room 1, Room 2, Room 3, Room 4, Treatment room), time zone Europe/London.{Environment.NewLine}")));
    }

    [Test]
    public void Every_problem_is_its_own_line_saying_how_to_fix_it()
    {
        using var folder = new ClinicFolder();
        File.WriteAllText(Path.Combine(folder.Root, "bad.json"), """
            { "id": "c", "name": "C", "timeZone": "Mars/Olympus", "culture": "english", "languages": ["en", "fr"],
              "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R" }, { "id": "kim", "name": "Dr Kim", "ticketPrefix": "A", "room": "R" } ],
              "visitTypes": [ { "id": "checkup", "name": "Check-up", "minutes": 0, "walkInReasons": [ "unwell", "injury", "prescription", "other" ] } ] }
            """);

        var (exit, output) = folder.Run("", "check", "bad.json");

        var bad = Path.Combine(folder.Root, "bad.json");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            $"{bad}: time zone 'Mars/Olympus' is unknown: set \"timeZone\" to an IANA name such as Europe/London, Europe/Madrid or America/New_York",
            $"{bad}: visit type 'checkup' needs minutes between 1 and 480: set its \"minutes\" to the usual length of the visit",
            $"{bad}: culture 'english' is not a language and region such as en-GB, en-US or es-ES: set \"culture\" to how the clinic writes dates",
            $"{bad}: ticketPrefix 'A' is used by 'lee' and 'kim': their tickets would share numbers, so give each provider their own letter",
            $"{bad}: walk-in reason 'test' has no visit type: list it in a visit type's walkInReasons, e.g. \"walkInReasons\": [\"test\"]",
            $"{bad}: languages names 'fr', which the kiosk has no words for (no strings/*.fr.json): use en, es, or add that language's strings files",
        }));
    }

    [Test]
    public void Json_that_is_no_clinic_file_is_one_line_naming_where()
    {
        using var folder = new ClinicFolder();
        File.WriteAllText(folder.DefaultFile, "{ \"id\": \"c\",\n  \"nmae\": \"C\" }");

        var (exit, output) = folder.Run("", "check");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.StartWith($"Clinic file {folder.DefaultFile} is not valid: ").And.Contain("nmae").And.Contain("(line 2, at $.nmae).").And.EndWith($"kiosk-content/clinic.demo.json shows every field).{Environment.NewLine}"));
    }

    [Test]
    public void A_missing_file_says_how_to_write_one()
    {
        using var folder = new ClinicFolder();

        Assert.That(folder.Run("", "check"), Is.EqualTo((1, $"{folder.DefaultFile}: no such file. Write one with ./kiosk clinic init.{Environment.NewLine}")));
    }
}
