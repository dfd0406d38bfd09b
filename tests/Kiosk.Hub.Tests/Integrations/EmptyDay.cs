using Kiosk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Integrations;

/// <summary>A real hub with no demo day, for tests that bring the day in themselves.</summary>
internal static class EmptyDay
{
    /// <summary>A clock stopped at midday (UTC) today, so that "in 20 minutes" is today and "in a day" is tomorrow whenever the suite runs.</summary>
    public static FakeTimeProvider Midday() => new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));

    public static HubServer Hub(FakeTimeProvider time, IReadOnlyDictionary<string, string>? settings = null) =>
        new(time: time, settings: new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Hub:SeedDemoAppointments"] = "false" });
}
