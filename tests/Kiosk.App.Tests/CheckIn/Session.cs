using Kiosk.App.CheckIn;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>A kiosk screen session for a test: the ViewModel over a fake hub and a clock the test moves.</summary>
internal sealed class Session : IDisposable
{
    public Session()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Time.SetLocalTimeZone(TimeZoneInfo.Utc);
        Vm = new CheckInViewModel(Hub, Time, TestStrings.Shipped);
    }

    public FakeGateway Hub { get; } = new();
    public FakeTimeProvider Time { get; }
    public CheckInViewModel Vm { get; }

    /// <summary>Taps keys on the on-screen keyboard, one at a time, as a finger would.</summary>
    public void Tap(string keys)
    {
        foreach (var key in keys)
        {
            Vm.TypeCommand.Execute(key.ToString());
        }
    }

    public void Dispose() => Vm.Dispose();
}
