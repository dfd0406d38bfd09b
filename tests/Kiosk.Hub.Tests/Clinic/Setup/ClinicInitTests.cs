using Kiosk.Contracts;
using Kiosk.Hub.Clinic;

namespace Kiosk.Hub.Tests.Clinic.Setup;

/// <summary>./kiosk clinic init: a conversation that checks each answer, and a file the hub loads.</summary>
public sealed class ClinicInitTests
{
    /// <summary>A Spanish clinic set up by someone who gets several answers wrong first.</summary>
    private static readonly string[] Conversation =
    [
        "", "Centro de Salud Núñez", // a name is needed
        "",                          // the suggested id
        "Mars/Olympus", "Europe/Madrid",
        "xx", "es-ES",
        "en, fr", "es",
        "", "Dra. Núñez", "1", "", "Consulta 1", // a provider is needed; "1" is no letter; N is suggested
        "Enfermera Nora", "n", "", "",           // N is taken; the first free letter (A) and Room 2 are suggested
        "",
        "Revisión", "0", "20", "unwell, bored", "unwell, injury, other",
        "Análisis", "", "",
        "",
        "Flu", "", "análisis",                   // prescription: no such visit type, then the suggested first; test: Análisis
        "Consulta 1", "Consulta 1, Room 2, Sala 3", // Room 2 is the nurse's room
        "-5", "30", "",
    ];

    [Test]
    public void A_whole_conversation_with_wrong_answers_retried_writes_a_file_the_hub_loads()
    {
        using var folder = new ClinicFolder();

        var (exit, output) = folder.Run(string.Join('\n', Conversation) + "\n", "init");

        Assert.That(exit, Is.EqualTo(0), output);
        var clinic = ClinicFile.Load(folder.DefaultFile, ["en", "es"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((clinic.Id, clinic.Name, clinic.TimeZone, clinic.Culture, clinic.PhoneRegion), Is.EqualTo(("centro-de-salud-nunez", "Centro de Salud Núñez", "Europe/Madrid", "es-ES", "ES")));
            Assert.That(clinic.Languages, Is.EqualTo(new[] { "es" }));
            Assert.That(clinic.Providers.Select(p => (p.Id, p.Name, p.TicketPrefix, p.Room)), Is.EqualTo(new[] { ("dra-nunez", "Dra. Núñez", "N", "Consulta 1"), ("enfermera-nora", "Enfermera Nora", "A", "Room 2") }));
            Assert.That(clinic.VisitTypes.Select(v => (v.Id, v.Minutes, string.Join(",", v.WalkInReasons!))), Is.EqualTo(new[] { ("revision", 20, "unwell,injury,prescription,other"), ("analisis", 15, "test") }));
            Assert.That(clinic.Rooms, Is.EqualTo(new[] { "Consulta 1", "Room 2", "Sala 3" }));
            Assert.That(clinic.CheckIn, Is.EqualTo(new ClinicFile.CheckInEntry(30, 15)));
            Assert.That(clinic.ToJson() + Environment.NewLine, Is.EqualTo(File.ReadAllText(folder.DefaultFile)), "the file reads back as it was written");
            Assert.That(output, Does.Contain("The clinic's name needs 1 to 80 characters. Please try again."));
            Assert.That(output, Does.Contain("'Mars/Olympus' is not a time zone this machine knows: use an IANA name such as Europe/London"));
            Assert.That(output, Does.Contain("'xx' is not a language and region such as en-GB, en-US or es-ES."));
            Assert.That(output, Does.Contain("The kiosk has no words in 'fr': choose from en, es."));
            Assert.That(output, Does.Contain("The clinic needs at least one provider"));
            Assert.That(output, Does.Contain("'1' is not one letter A to Z."));
            Assert.That(output, Does.Contain("N is Dra. Núñez's letter already"));
            Assert.That(output, Does.Contain("'0' is not a whole number of minutes from 1 to 480."));
            Assert.That(output, Does.Contain("'bored' is not a walk-in reason"));
            Assert.That(output, Does.Contain("No visit type serves the walk-in reason 'prescription'"));
            Assert.That(output, Does.Contain("'Flu' is not one of the visit types (Revisión, Análisis)."));
            Assert.That(output, Does.Contain("Room 2 is Enfermera Nora's usual room: list it too."));
            Assert.That(output, Does.Contain("'-5' is not a whole number of minutes from 0 to 720."));
            Assert.That(folder.Run("", "check").Exit, Is.EqualTo(0), "what init writes passes check");
        }
    }

    [Test]
    public void Taking_every_suggestion_gives_a_clinic_whose_first_visit_type_serves_every_walk_in()
    {
        using var folder = new ClinicFolder();

        var (exit, output) = folder.Run("Small Practice\n\n\n\n\nDr Lee\n\n\n\nCheck-up\n\n\n\n\n\n\n", "init", "--out", "mine/clinic.json");

        Assert.That(exit, Is.EqualTo(0), output);
        var clinic = ClinicFile.Load(Path.Combine(folder.Root, "mine", "clinic.json"));
        Assert.That((clinic.TimeZone, clinic.Culture, clinic.Languages, clinic.CheckIn), Is.EqualTo(("Europe/London", "en-GB", (IReadOnlyList<string>?)null, new ClinicFile.CheckInEntry(60, 15))));
        Assert.That(clinic.Providers.Single(), Is.EqualTo(new ClinicFile.ProviderEntry("dr-lee", "Dr Lee", "L", "Room 1")));
        Assert.That(clinic.VisitTypes.Single().WalkInReasons, Is.EqualTo(WalkInReasons.All));
    }

    [Test]
    public void Piped_answers_are_written_after_their_questions_so_the_transcript_reads_as_a_conversation()
    {
        using var folder = new ClinicFolder();

        var (exit, output) = folder.Run("Small Practice\n\nMars\n", echo: true, "init");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.StartWith(string.Join(Environment.NewLine,
            "Clinic name: Small Practice",
            "Clinic id [small-practice]: ",
            "Time zone (IANA name) [Europe/London]: Mars",
            "  'Mars' is not a time zone this machine knows: use an IANA name such as Europe/London, Europe/Madrid or America/New_York. Please try again.")));
    }

    [Test]
    public void An_existing_file_is_not_replaced_without_force_and_nothing_is_asked()
    {
        using var folder = new ClinicFolder();
        File.WriteAllText(folder.DefaultFile, "mine");

        var (exit, output) = folder.Run("Small Practice\n", "init");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Is.EqualTo($"{folder.DefaultFile} already exists: nothing was asked or written. Use --force to replace it, or --out FILE to write another.{Environment.NewLine}"));
        Assert.That(File.ReadAllText(folder.DefaultFile), Is.EqualTo("mine"));

        Assert.That(folder.Run("Small Practice\n\n\n\n\nDr Lee\n\n\n\nCheck-up\n\n\n\n\n\n\n", "init", "--force").Exit, Is.EqualTo(0));
        Assert.That(ClinicFile.Load(folder.DefaultFile).Name, Is.EqualTo("Small Practice"));
    }

    [Test]
    public void Answers_that_end_early_write_nothing()
    {
        using var folder = new ClinicFolder();

        var (exit, output) = folder.Run("Small Practice\n\nEurope/London\n", "init");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.EndWith($"The answers ended before the clinic was set up. Nothing was written.{Environment.NewLine}"));
        Assert.That(File.Exists(folder.DefaultFile), Is.False);
    }

    [TestCase("init", "--out")]
    [TestCase("init", "--overwrite")]
    [TestCase("check", "a.json", "b.json")]
    [TestCase("create")]
    public void A_wrong_command_line_prints_the_usage(params string[] args)
    {
        using var folder = new ClinicFolder();

        Assert.That(folder.Run("", args), Is.EqualTo((2, Hub.Clinic.Setup.ClinicCommand.Usage + Environment.NewLine)));
    }
}
