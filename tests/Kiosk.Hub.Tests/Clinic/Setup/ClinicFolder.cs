using Kiosk.Hub.Clinic.Setup;

namespace Kiosk.Hub.Tests.Clinic.Setup;

/// <summary>A throw-away kiosk-content folder with English and Spanish strings, and a way to run ./kiosk clinic in it.</summary>
internal sealed class ClinicFolder : IDisposable
{
    public ClinicFolder()
    {
        Directory.CreateDirectory(Path.Combine(Root, "strings"));
        foreach (var name in new[] { "kiosk.en.json", "kiosk.es.json", "lobby.en.json" })
        {
            File.WriteAllText(Path.Combine(Root, "strings", name), "{}");
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("clinic-setup-").FullName;

    public ClinicSetupPaths Paths => new(Root, Root, "Europe/London");

    public string DefaultFile => Paths.DefaultFile;

    public (int Exit, string Output) Run(string answers, params string[] args) => Run(answers, echo: false, args);

    public (int Exit, string Output) Run(string answers, bool echo, params string[] args)
    {
        using var output = new StringWriter();
        var exit = ClinicCommand.Run(args, new StringReader(answers), output, Paths, echo);
        return (exit, output.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
