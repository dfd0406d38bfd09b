namespace Kiosk.Bench.Phone;

/// <summary>`bench phone --hub URL --kiosk-key KEY --lighthouse CLI [--out FILE] [--chromium PATH]`; the script starts the hub and passes the first three.</summary>
public sealed record PhoneBenchOptions(Uri Hub, string KioskKey, string Lighthouse, string Out, string Doc, string Chromium, string Command)
{
    public static PhoneBenchOptions Parse(IReadOnlyList<string> args)
    {
        Uri? hub = null;
        string? key = null, lighthouse = null;
        var output = "docs/benchmarks/phone.json";
        var chromium = "/usr/bin/chromium";
        var shown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--hub":
                    hub = Uri.TryCreate(Value(), UriKind.Absolute, out var u) ? u : throw new ArgumentException("--hub needs an absolute address such as http://127.0.0.1:5180.");
                    break;
                case "--kiosk-key": key = Value(); break;
                case "--lighthouse": lighthouse = Value(); break;
                case "--out": output = Value(); shown.Add($"--out {output}"); break;
                case "--chromium": chromium = Value(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new PhoneBenchOptions(
            hub ?? throw new ArgumentException("--hub is required (./kiosk bench phone passes it)."),
            key ?? throw new ArgumentException("--kiosk-key is required (./kiosk bench phone passes it)."),
            lighthouse ?? throw new ArgumentException("--lighthouse is required (./kiosk bench phone passes it)."),
            output,
            Path.ChangeExtension(output, ".md"),
            chromium,
            "./kiosk bench phone" + (shown.Count > 0 ? " " + string.Join(' ', shown) : ""));
    }
}
