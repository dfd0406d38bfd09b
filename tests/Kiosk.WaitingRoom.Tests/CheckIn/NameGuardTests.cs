using Kiosk.WaitingRoom.CheckIn;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

/// <summary>Names matching nobody slow the session that typed them, a busy kiosk only a little, and the next patient never waits for someone else's mistakes.</summary>
public sealed class NameGuardTests
{
    private FakeTimeProvider _time = null!;
    private List<Miss> _misses = null!;
    private NameGuard _guard = null!;

    /// <summary>NUnit shares one instance between a fixture's tests: each starts with no misses.</summary>
    [SetUp]
    public void NewGuard()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        _misses = [];
        _guard = new NameGuard(_time);
    }

    [Test]
    public void Six_misses_in_a_session_are_free_then_it_waits_five_ten_and_twenty_seconds()
    {
        var session = Guid.NewGuid();
        var told = new List<int?>();
        for (var i = 0; i < NameGuard.FreeMissesPerSession; i++)
        {
            told.Add(_guard.SecondsToWait(session, _misses));
            Miss(session);
        }

        var waits = new List<int?>();
        foreach (var seconds in new[] { 5, 10, 20, 20 })
        {
            waits.Add(_guard.SecondsToWait(session, _misses));
            _time.Advance(TimeSpan.FromSeconds(seconds - 1));
            waits.Add(_guard.SecondsToWait(session, _misses));
            _time.Advance(TimeSpan.FromSeconds(1));
            waits.Add(_guard.SecondsToWait(session, _misses));
            Miss(session);
        }

        Assert.That(told, Is.All.Null);
        Assert.That(waits, Is.EqualTo(new int?[] { 5, 1, null, 10, 1, null, 20, 1, null, 20, 1, null }));
    }

    [Test]
    public void The_next_patient_in_a_new_session_goes_ahead_at_once_after_a_confused_one()
    {
        var confused = Guid.NewGuid();
        for (var i = 0; i < NameGuard.FreeMissesPerSession + 4; i++)
        {
            Miss(confused);
        }

        Assert.That(_guard.SecondsToWait(confused, _misses), Is.EqualTo(20));
        Assert.That(_guard.SecondsToWait(Guid.NewGuid(), _misses), Is.Null);
    }

    [Test]
    public void Over_twenty_misses_in_an_hour_make_everyone_at_the_kiosk_wait_at_most_thirty_seconds_and_never_longer()
    {
        for (var i = 0; i < NameGuard.KioskMissesPerHour; i++)
        {
            Miss(Guid.NewGuid());
        }

        var atTwenty = _guard.SecondsToWait(Guid.NewGuid(), _misses);
        Miss(Guid.NewGuid());
        var atTwentyOne = _guard.SecondsToWait(Guid.NewGuid(), _misses);
        _time.Advance(NameGuard.KioskWait);
        var afterTheWait = _guard.SecondsToWait(Guid.NewGuid(), _misses);

        Assert.That(atTwenty, Is.Null);
        Assert.That(atTwentyOne, Is.EqualTo(30));
        Assert.That(afterTheWait, Is.Null, "a new session with the right name is held up, never locked out");
    }

    [Test]
    public void Misses_older_than_an_hour_no_longer_count()
    {
        var session = Guid.NewGuid();
        for (var i = 0; i < NameGuard.FreeMissesPerSession + 2; i++)
        {
            Miss(session);
        }

        _time.Advance(MissWaits.Remembered);

        Assert.That(_guard.SecondsToWait(session, _misses), Is.Null);
    }

    private void Miss(Guid session) => _misses.Add(new Miss(session, _time.GetUtcNow()));
}
