using System.Threading.RateLimiting;

namespace Kiosk.Hub.Limits;

/// <summary>
/// How often anonymous callers, kiosks and tickets may ask (the "Limits" section of appsettings.json).
/// Each is a bucket: a burst of <see cref="Bucket.Burst"/>, refilled by <see cref="Bucket.Refill"/>
/// every <see cref="Bucket.Every"/>. The defaults are far above what a busy clinic does; the reasons
/// are in docs/security.md.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Phone pages, the TV page, the sign-in page and hub negotiations, per client address.</summary>
    public Bucket PagesPerAddress { get; set; } = new(600, 600, TimeSpan.FromMinutes(1));

    /// <summary>Open hub connections and WebSockets per client address (a guest Wi-Fi shares one).</summary>
    public int ConnectionsPerAddress { get; set; } = 1000;

    /// <summary>Hub calls from callers that are neither a kiosk nor staff (phones, the TV), per client address.</summary>
    public Bucket AnonymousCallsPerAddress { get; set; } = new(1200, 1200, TimeSpan.FromMinutes(1));

    /// <summary>FindAppointment and FindAppointmentByCode, per kiosk.</summary>
    public Bucket LookupsPerKiosk { get; set; } = new(30, 30, TimeSpan.FromMinutes(5));

    /// <summary>CheckIn, CheckInByCode and WalkIn, per kiosk.</summary>
    public Bucket CheckInsPerKiosk { get; set; } = new(20, 20, TimeSpan.FromMinutes(10));

    /// <summary>AskQuestion, per ticket.</summary>
    /// <summary>
    /// Check-ins a kiosk took offline and delivers late, each already told to a patient in the lobby: a backlog after an
    /// outage comes in a burst, and holding it back only hides people from reception. Higher than <see cref="CheckInsPerKiosk"/>, still a ceiling.
    /// </summary>
    public Bucket OutboxCheckInsPerKiosk { get; set; } = new(300, 300, TimeSpan.FromMinutes(10));

    public Bucket QuestionsPerTicket { get; set; } = new(10, 10, TimeSpan.FromHours(1));

    /// <summary>NeedHelpNow, per ticket.</summary>
    public Bucket HelpPerTicket { get; set; } = new(10, 10, TimeSpan.FromHours(1));

    /// <summary>What is wrong with the numbers, in words for whoever edits appsettings.json; empty when all is well.</summary>
    public IEnumerable<string> Problems()
    {
        if (ConnectionsPerAddress < 1) yield return "ConnectionsPerAddress must be at least 1";
        var buckets = new[] { (nameof(PagesPerAddress), PagesPerAddress), (nameof(AnonymousCallsPerAddress), AnonymousCallsPerAddress), (nameof(LookupsPerKiosk), LookupsPerKiosk),
            (nameof(CheckInsPerKiosk), CheckInsPerKiosk), (nameof(QuestionsPerTicket), QuestionsPerTicket), (nameof(HelpPerTicket), HelpPerTicket) };
        foreach (var (name, bucket) in buckets)
        {
            if (bucket.Burst < 1 || bucket.Refill < 1) yield return $"{name} needs a Burst and a Refill of at least 1";
            if (bucket.Every <= TimeSpan.Zero) yield return $"{name} needs Every as a positive time such as \"00:01:00\"";
        }
    }

    public sealed class Bucket
    {
        public Bucket()
        {
        }

        public Bucket(int burst, int refill, TimeSpan every) => (Burst, Refill, Every) = (burst, refill, every);

        public int Burst { get; set; }

        public int Refill { get; set; }

        public TimeSpan Every { get; set; }

        public TokenBucketRateLimiterOptions ToLimiter() => new()
        {
            TokenLimit = Burst,
            TokensPerPeriod = Refill,
            ReplenishmentPeriod = Every,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
