using Kiosk.WaitingRoom.CheckIn;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.WaitingRoom.Tests.CheckIn;

/// <summary>Guessing codes is slowed per session, per code and per kiosk, and the next patient is never locked out.</summary>
public sealed class CodeGuardTests
{
    private const string Kiosk = "lobby";
    private FakeTimeProvider _time = null!;
    private List<CodeTry> _tries = null!;
    private CodeGuard _guard = null!;

    /// <summary>NUnit shares one instance between a fixture's tests: each starts with no tries.</summary>
    [SetUp]
    public void NewGuard()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        _tries = [];
        _guard = new CodeGuard(_time);
    }

    [Test]
    public void Five_wrong_codes_in_a_session_are_free_then_it_waits_five_ten_and_twenty_seconds()
    {
        var session = Guid.NewGuid();
        var told = new List<CodeVerdict>();
        for (var i = 0; i < CodeGuard.FreeTriesPerSession; i++)
        {
            told.Add(_guard.BeforeLookup(session, _tries));
            Wrong(session);
        }

        var waits = new List<CodeVerdict>();
        foreach (var seconds in new[] { 5, 10, 20, 20 })
        {
            waits.Add(_guard.BeforeLookup(session, _tries));
            _time.Advance(TimeSpan.FromSeconds(seconds - 1));
            waits.Add(_guard.BeforeLookup(session, _tries));
            _time.Advance(TimeSpan.FromSeconds(1));
            waits.Add(_guard.BeforeLookup(session, _tries));
            Wrong(session);
        }

        Assert.That(told, Is.All.EqualTo(CodeVerdict.Go));
        Assert.That(waits, Is.EqualTo(new CodeVerdict[]
        {
            new CodeVerdict.Wait(5), new CodeVerdict.Wait(1), CodeVerdict.Go,
            new CodeVerdict.Wait(10), new CodeVerdict.Wait(1), CodeVerdict.Go,
            new CodeVerdict.Wait(20), new CodeVerdict.Wait(1), CodeVerdict.Go,
            new CodeVerdict.Wait(20), new CodeVerdict.Wait(1), CodeVerdict.Go,
        }));
    }

    [Test]
    public void The_next_patient_in_a_new_session_goes_ahead_at_once_after_a_prankster()
    {
        var prankster = Guid.NewGuid();
        for (var i = 0; i < CodeGuard.FreeTriesPerSession + 3; i++)
        {
            Wrong(prankster);
        }

        Assert.That(_guard.BeforeLookup(prankster, _tries), Is.TypeOf<CodeVerdict.Wait>());
        Assert.That(_guard.BeforeLookup(Guid.NewGuid(), _tries), Is.EqualTo(CodeVerdict.Go));
    }

    [Test]
    public void Over_twenty_wrong_codes_in_an_hour_make_everyone_at_the_kiosk_wait_at_most_thirty_seconds_and_never_longer()
    {
        for (var i = 0; i < CodeGuard.KioskWrongPerHour; i++)
        {
            Wrong(Guid.NewGuid());
        }

        var atTwenty = _guard.BeforeLookup(Guid.NewGuid(), _tries);
        Wrong(Guid.NewGuid());
        var atTwentyOne = _guard.BeforeLookup(Guid.NewGuid(), _tries);
        _time.Advance(CodeGuard.KioskWait);
        var afterTheWait = _guard.BeforeLookup(Guid.NewGuid(), _tries);

        Assert.That(atTwenty, Is.EqualTo(CodeVerdict.Go));
        Assert.That(atTwentyOne, Is.EqualTo(new CodeVerdict.Wait(30)));
        Assert.That(afterTheWait, Is.EqualTo(CodeVerdict.Go), "a new session with the right code is held up, never locked out");
    }

    [Test]
    public void Wrong_codes_older_than_an_hour_no_longer_count()
    {
        var session = Guid.NewGuid();
        for (var i = 0; i < CodeGuard.FreeTriesPerSession + 2; i++)
        {
            Wrong(session);
        }

        _time.Advance(CodeGuard.Remembered);

        Assert.That(_guard.BeforeLookup(session, _tries), Is.EqualTo(CodeVerdict.Go));
    }

    [Test]
    public void A_code_found_by_four_sessions_that_got_codes_wrong_within_an_hour_goes_to_the_desk()
    {
        var appointment = Guid.NewGuid();
        var verdicts = new List<CodeVerdict>();
        for (var i = 0; i < CodeGuard.GuessingSessionsPerCode; i++)
        {
            var (record, verdict) = _guard.AfterHit(Guid.NewGuid(), sessionHadMisses: true, _tries);
            Assert.That(record, Is.True);
            verdicts.Add(verdict);
            _tries.Add(new CodeTry(Kiosk, Guid.NewGuid(), appointment, _time.GetUtcNow()));
        }

        var patientWithoutMisses = _guard.AfterHit(Guid.NewGuid(), sessionHadMisses: false, _tries);
        _time.Advance(CodeGuard.Remembered);
        var anHourLater = _guard.AfterHit(Guid.NewGuid(), sessionHadMisses: false, _tries);

        Assert.That(verdicts[..^1], Is.All.EqualTo(CodeVerdict.Go));
        Assert.That(verdicts[^1], Is.TypeOf<CodeVerdict.SeeDesk>());
        Assert.That(patientWithoutMisses, Is.EqualTo((false, (CodeVerdict)new CodeVerdict.SeeDesk())), "the code itself goes to the desk for a while");
        Assert.That(anHourLater, Is.EqualTo((false, CodeVerdict.Go)));
    }

    [Test]
    public void A_patient_who_finds_their_code_at_the_first_try_is_not_remembered_and_one_session_counts_once()
    {
        var session = Guid.NewGuid();

        var firstTry = _guard.AfterHit(session, sessionHadMisses: false, _tries);
        _tries.Add(new CodeTry(Kiosk, session, Guid.NewGuid(), _time.GetUtcNow()));
        var again = _guard.AfterHit(session, sessionHadMisses: true, _tries);

        Assert.That(firstTry, Is.EqualTo((false, CodeVerdict.Go)));
        Assert.That(again.Record, Is.False, "the same session finding the code again is the same guesser");
    }

    [Test]
    public void Reception_hears_of_ten_wrong_codes_in_ten_minutes_and_not_of_nine()
    {
        for (var i = 0; i < CodeGuard.ProbeWrongCodes - 1; i++)
        {
            Wrong(Guid.NewGuid());
        }

        var nine = _guard.Probe(_tries);
        Wrong(Guid.NewGuid());
        var ten = _guard.Probe(_tries);
        _time.Advance(CodeGuard.ProbeWindow);
        var later = _guard.Probe(_tries);

        Assert.That(nine, Is.Null);
        Assert.That(ten, Is.EqualTo(new CodeProbe(10, 10)));
        Assert.That(later, Is.Null);
    }

    private void Wrong(Guid session) => _tries.Add(new CodeTry(Kiosk, session, null, _time.GetUtcNow()));
}
