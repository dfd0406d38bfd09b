using Kiosk.Contracts.Clinic;
using Kiosk.Hub.Clinic;

namespace Kiosk.Hub.Tests.Clinic;

/// <summary>The clinic's colour, logo and time format, as the clinic file gives them to every screen.</summary>
public sealed class ClinicLookTests
{
    private const string Rest = """
        "providers": [ { "id": "lee", "name": "Dr Lee", "ticketPrefix": "A", "room": "R" } ],
        "visitTypes": [ { "id": "checkup", "name": "Check-up", "minutes": 15, "walkInReasons": [ "unwell", "injury", "prescription", "test", "other" ] } ]
        """;

    private string _folder = "";

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("clinic-look-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void A_clinic_file_without_a_look_gets_the_products_colour_no_logo_and_its_cultures_time_format()
    {
        var look = Load(""" "culture": "en-US", """);

        Assert.That(look, Is.EqualTo(new ClinicLook("C", "en-US", "America/New_York", ClinicLook.DefaultAccent)));
        Assert.That(look.Time(new TimeOnly(14, 5)), Is.EqualTo("2:05\u202fPM"), "as .NET writes en-US times, with a narrow no-break space");
        Assert.That(Load("").Time(new TimeOnly(14, 5)), Is.EqualTo("14:05"), "en-GB, the default culture, writes 24 h times");
    }

    [Test]
    public void The_logo_beside_the_clinic_file_is_read_and_its_address_changes_with_the_picture()
    {
        File.WriteAllText(Path.Combine(_folder, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var first = Load(""" "look": { "accent": "#1A4FD6", "logo": "logo.svg" }, """);
        File.WriteAllText(Path.Combine(_folder, "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>");
        var second = Load(""" "look": { "accent": "#1A4FD6", "logo": "logo.svg" }, """);

        Assert.That(first.Accent, Is.EqualTo("#1a4fd6"));
        Assert.That(first.Logo!.ContentType, Is.EqualTo("image/svg+xml"));
        Assert.That(first.Logo.Path, Does.StartWith("/clinic/logo?v=").And.Not.EqualTo(second.Logo!.Path));
    }

    [TestCase(""" "look": { "accent": "#ffcc00" }, """, "look.accent '#ffcc00' is too light for the white words on buttons (contrast 1.5:1")]
    [TestCase(""" "look": { "accent": "teal" }, """, "look.accent 'teal' is not a colour written as \"#rrggbb\"")]
    [TestCase(""" "look": { "logo": "logo.gif" }, """, "look.logo 'logo.gif' is not an SVG, PNG, WebP or JPEG file")]
    [TestCase(""" "look": { "logo": "missing.png" }, """, "look.logo 'missing.png' is not there")]
    [TestCase(""" "look": { "logo": "huge.png" }, """, "look.logo 'huge.png' is larger than 256 KB")]
    public void A_look_the_screens_cannot_use_is_refused_saying_what_to_do(string fragment, string problem)
    {
        File.WriteAllBytes(Path.Combine(_folder, "huge.png"), new byte[ClinicLogo.MaxBytes + 1]);

        Assert.That(() => Load(fragment), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(problem));
    }

    [TestCase("#0b6e69", true)]
    [TestCase("#767676", false)]
    [TestCase("#595959", true)]
    public void An_accent_needs_five_to_one_against_white_so_it_also_reads_on_the_off_white_page(string accent, bool accepted) =>
        Assert.That(ClinicFile.ContrastWithWhite(accent) >= ClinicFile.MinAccentContrast, Is.EqualTo(accepted));

    [Test]
    public void A_page_only_ever_gets_a_plain_colour_from_the_look() =>
        Assert.That(new ClinicLook("C", "en-GB", "UTC", "red;} body{display:none").SafeAccent, Is.EqualTo(ClinicLook.DefaultAccent));

    private ClinicLook Load(string fragment)
    {
        var path = Path.Combine(_folder, "clinic.json");
        File.WriteAllText(path, $$"""{ "id": "c", "name": "C", "timeZone": "{{(fragment.Contains("en-US", StringComparison.Ordinal) ? "America/New_York" : "Europe/London")}}", {{fragment}} {{Rest}} }""");
        return ClinicFile.Load(path).ToLook(path);
    }
}
