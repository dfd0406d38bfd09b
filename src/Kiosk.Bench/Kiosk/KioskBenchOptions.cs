using System.Globalization;

namespace Kiosk.Bench.Kiosk;

/// <summary>`bench kiosk --url URL [--taps N] [--out FILE] [--chromium PATH]`; the script starts the kiosk and hub and passes --url.</summary>
public sealed record KioskBenchOptions(Uri Url, int Taps, string Out, string Doc, string Chromium, string Command)
{
    public static KioskBenchOptions Parse(IReadOnlyList<string> args)
    {
        Uri? url = null;
        var taps = 200;
        var output = "docs/benchmarks/kiosk.json";
        var chromium = "/usr/bin/chromium";
        var shown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url":
                    url = Uri.TryCreate(Value(), UriKind.Absolute, out var u) ? u : throw new ArgumentException("--url needs an absolute address such as http://127.0.0.1:5190.");
                    break;
                case "--taps":
                    var text = Value();
                    taps = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 20 and <= 100_000 ? n : throw new ArgumentException($"--taps must be a whole number from 20 to 100000, not '{text}'.");
                    shown.Add($"--taps {taps}");
                    break;
                case "--out": output = Value(); shown.Add($"--out {output}"); break;
                case "--chromium": chromium = Value(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new KioskBenchOptions(
            url ?? throw new ArgumentException("--url is required (./kiosk bench kiosk passes it)."),
            taps,
            output,
            Path.ChangeExtension(output, ".md"),
            chromium,
            "./kiosk bench kiosk" + (shown.Count > 0 ? " " + string.Join(' ', shown) : ""));
    }
}
