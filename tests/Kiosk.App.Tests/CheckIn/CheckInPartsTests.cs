using CommunityToolkit.Mvvm.Messaging;
using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>The small ViewModels on their own, over a messenger: what each says to the others.</summary>
public sealed class CheckInPartsTests
{
    private readonly WeakReferenceMessenger _messenger = new();
    private readonly List<object> _heard = [];
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void Listen()
    {
        _heard.Clear();
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        _time.SetLocalTimeZone(TimeZoneInfo.Utc);
        _messenger.Register<CheckInPartsTests, IdleTimedOut>(this, static (t, m) => t._heard.Add(m));
        _messenger.Register<CheckInPartsTests, EntryProblem>(this, static (t, m) => t._heard.Add(m));
        _messenger.Register<CheckInPartsTests, WalkInDetailsGiven>(this, static (t, m) => t._heard.Add(m));
        _messenger.Register<CheckInPartsTests, PatientTouched>(this, static (t, m) => t._heard.Add(m));
    }

    [TearDown]
    public void Stop() => _messenger.Reset();

    [Test]
    public void The_keyboard_types_a_code_into_the_code_part_in_capitals_of_the_codes_own_alphabet()
    {
        var entry = new EntryViewModel(_messenger, TestStrings.Shipped, () => "en");
        var code = new CodeViewModel(_messenger) { Text = "" };
        entry.Field = EntryField.Code;

        foreach (var key in new[] { "7", "k", "0", "3" })
        {
            entry.TypeCommand.Execute(key);
        }

        entry.EraseCommand.Execute(null);

        Assert.That(code.Text, Is.EqualTo("7K"), "0 is not in the code's alphabet, and erase took the 3");
        Assert.That(entry.LastName, Is.Empty);
        Assert.That(_heard.OfType<PatientTouched>().Count(), Is.EqualTo(5), "every key is a touch");
    }

    [Test]
    public void Something_else_on_the_care_step_puts_the_keys_on_the_note()
    {
        var entry = new EntryViewModel(_messenger, TestStrings.Shipped, () => "en");
        var care = new CareViewModel(_messenger, TestStrings.Shipped);

        care.ToggleCommand.Execute("other");
        entry.TypeCommand.Execute("W");
        entry.TypeCommand.Execute("H");

        Assert.That(entry.Field, Is.EqualTo(EntryField.Note));
        Assert.That(care.OtherNote, Is.EqualTo("Wh"));
    }

    [Test]
    public void The_idle_watch_asks_after_a_quiet_minute_and_says_time_is_up_when_nobody_answers()
    {
        using var idle = new IdleViewModel(_messenger, _time);
        _messenger.Send(new StepChanged(CheckInStep.FindAppointment));

        _time.Advance(IdleViewModel.IdleAfter);
        var asked = idle.Warning;
        _time.Advance(IdleViewModel.AnswerWithin);

        Assert.That(asked, Is.True);
        Assert.That(_heard.OfType<IdleTimedOut>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_walk_in_form_reports_its_first_problem_and_keeps_the_errors_for_every_box()
    {
        var entry = new EntryViewModel(_messenger, TestStrings.Shipped, () => "en");
        var walkIn = new WalkInViewModel(_messenger, entry, _time);
        walkIn.ChooseReasonCommand.Execute(WalkInReasons.Unwell);
        (entry.BirthDay, entry.BirthMonth, entry.BirthYear) = ("31", "2", "1990");

        walkIn.SubmitCommand.Execute(null);

        Assert.That(_heard.OfType<EntryProblem>().Single(), Is.EqualTo(new EntryProblem("walkin.first-name-missing", EntryField.FirstName)));
        Assert.That(walkIn.HasErrors, Is.True);
        Assert.That(walkIn.GetErrors(nameof(WalkInViewModel.LastName)).Select(e => e.ErrorMessage), Is.EqualTo(new[] { "find.name-missing" }));
        Assert.That(walkIn.GetErrors(nameof(WalkInViewModel.BirthDate)).Select(e => e.ErrorMessage), Is.EqualTo(new[] { "birth.no-such-date" }));
        Assert.That(_heard.OfType<WalkInDetailsGiven>(), Is.Empty);
    }

    [Test]
    public void Valid_walk_in_details_are_given_trimmed_with_the_key_made_when_the_reason_was_chosen()
    {
        var entry = new EntryViewModel(_messenger, TestStrings.Shipped, () => "en");
        var walkIn = new WalkInViewModel(_messenger, entry, _time);
        walkIn.ChooseReasonCommand.Execute(WalkInReasons.Unwell);
        (entry.FirstName, entry.LastName, entry.BirthDay, entry.BirthMonth, entry.BirthYear) = (" Ana ", "Lopez ", "3", "4", "1961");

        walkIn.SubmitCommand.Execute(null);

        Assert.That(walkIn.HasErrors, Is.False);
        Assert.That(_heard.OfType<WalkInDetailsGiven>().Single().CheckIn,
            Is.EqualTo(new PendingCheckIn.WalkIn(walkIn.Key, "Ana", "Lopez", new DateOnly(1961, 4, 3), WalkInReasons.Unwell)));
        Assert.That(walkIn.Key, Is.Not.EqualTo(Guid.Empty));
    }
}
