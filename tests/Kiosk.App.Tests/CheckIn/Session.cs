using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.CheckIn;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>A kiosk screen session for a test: the check-in flow and its parts over a fake hub and a clock the test moves.</summary>
internal sealed class Session : IDisposable
{
    public Session()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Time.SetLocalTimeZone(TimeZoneInfo.Utc);
        Vm = new CheckInViewModel(Hub, Time, TestStrings.Shipped, Messenger);
    }

    public FakeGateway Hub { get; } = new();

    /// <summary>The session's own messenger, as the kiosk registers one per screen session.</summary>
    public IMessenger Messenger { get; } = new WeakReferenceMessenger();
    public FakeTimeProvider Time { get; }
    public CheckInViewModel Vm { get; }

    /// <summary>Taps keys on the on-screen keyboard, one at a time, as a finger would.</summary>
    public void Tap(string keys)
    {
        foreach (var key in keys)
        {
            Vm.Entry.TypeCommand.Execute(key.ToString());
        }
    }

    public void Dispose() => Vm.Dispose();
}
