using Kiosk.Contracts.Localization;

namespace Kiosk.Hub.Clinic.Setup;

/// <summary>
/// <c>./kiosk clinic init|check</c>: writes a clinic file by asking, or says everything wrong with
/// one. Runs before the hub is built (no database, no web host). Exit 0 done or valid, 1 refused
/// or problems found, 2 usage.
/// </summary>
public static class ClinicCommand
{
    public const string Usage = """
        usage: ./kiosk clinic <command>
          init [--out FILE] [--force]   asks for the clinic, its providers, visit types, rooms and check-in window and
                                        writes a checked clinic file (default kiosk-content/clinic.json; never over
                                        an existing file without --force)
          check [FILE]                  explains every problem with a clinic file, one a line (default kiosk-content/clinic.json)
        """;

    /// <summary>Runs one command; <paramref name="echoAnswers"/> when the answers are piped in rather than typed.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, ClinicSetupPaths paths, bool echoAnswers = false) => args switch
    {
        ["init", .. var rest] when InitOptions(rest) is var (file, force) => Init(file is null ? paths.DefaultFile : paths.Resolve(file), force, new Questions(input, output, echoAnswers), output, paths),
        ["check"] => Check(paths.DefaultFile, output, paths),
        ["check", var file] => Check(paths.Resolve(file), output, paths),
        _ => UsageError(output),
    };

    private static int Init(string path, bool force, Questions ask, TextWriter output, ClinicSetupPaths paths)
    {
        if (File.Exists(path) && !force)
        {
            output.WriteLine($"{path} already exists: nothing was asked or written. Use --force to replace it, or --out FILE to write another.");
            return 1;
        }

        var offered = KioskStrings.LanguagesIn(paths.StringsDirectory);
        ClinicFile clinic;
        try
        {
            clinic = new ClinicInit(ask, offered, paths.LocalTimeZone).Converse();
        }
        catch (AnswersEndedException e)
        {
            output.WriteLine();
            output.WriteLine($"{e.Message} Nothing was written.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, clinic.ToJson() + Environment.NewLine);
        output.WriteLine($"Wrote {path}: {Summary(clinic)}.");
        output.WriteLine($"Check it any time with ./kiosk clinic check; the hub reads it when started with Hub__ClinicFile={path}.");
        return 0;
    }

    private static int Check(string path, TextWriter output, ClinicSetupPaths paths)
    {
        if (!File.Exists(path))
        {
            output.WriteLine($"{path}: no such file. Write one with ./kiosk clinic init.");
            return 1;
        }

        ClinicFile clinic;
        try
        {
            clinic = ClinicFile.Parse(path);
        }
        catch (InvalidDataException e)
        {
            output.WriteLine($"{e.Message} Fix the JSON there (a missing comma or quote, or a field a clinic file does not have: kiosk-content/clinic.demo.json shows every field).");
            return 1;
        }

        var problems = clinic.Problems(KioskStrings.LanguagesIn(paths.StringsDirectory), path);
        foreach (var problem in problems)
        {
            output.WriteLine($"{path}: {problem}");
        }

        if (problems.Count == 0)
        {
            output.WriteLine($"{path} is valid: {Summary(clinic)}.");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static string Summary(ClinicFile clinic)
    {
        var rooms = clinic.Rooms ?? [.. clinic.Providers.Select(p => p.Room).Distinct(StringComparer.OrdinalIgnoreCase)];
        return $"{Count(clinic.Providers.Count, "provider")}, {Count(clinic.VisitTypes.Count, "visit type")}, {Count(rooms.Count, "room")} ({string.Join(", ", rooms)}), time zone {clinic.TimeZone}";
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static (string? File, bool Force)? InitOptions(string[] args)
    {
        string? file = null;
        var force = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--force": force = true; break;
                case "--out" when i + 1 < args.Length: file = args[++i]; break;
                default: return null;
            }
        }

        return (file, force);
    }

    private static int UsageError(TextWriter output)
    {
        output.WriteLine(Usage);
        return 2;
    }
}
