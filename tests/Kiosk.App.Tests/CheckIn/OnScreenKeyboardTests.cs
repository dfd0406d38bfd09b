using Kiosk.App.Core.CheckIn;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

public sealed class OnScreenKeyboardTests
{
    private Session _s = null!;

    [SetUp]
    public void Start()
    {
        _s = new Session();
        _s.Vm.StartCommand.Execute("en");
    }

    [TearDown]
    public void End() => _s.Dispose();

    [Test]
    public void Keys_type_into_the_last_name_with_the_name_capitalised_as_written()
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        _s.Tap("O'BRIEN");

        Assert.That(_s.Vm.Entry.LastName, Is.EqualTo("O'Brien"));
    }

    [Test]
    public void Erase_removes_the_last_letter()
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.LastName);
        _s.Tap("CHENN");
        _s.Vm.Entry.EraseCommand.Execute(null);

        Assert.That(_s.Vm.Entry.LastName, Is.EqualTo("Chen"));
    }

    [Test]
    public void The_date_picker_moves_from_day_to_month_names_to_year_by_itself()
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthDay);
        _s.Tap("02");
        var afterDay = _s.Vm.Entry.Field;
        _s.Vm.Entry.PickMonthCommand.Execute(11);
        var afterMonth = _s.Vm.Entry.Field;
        _s.Tap("1990");

        Assert.That(afterDay, Is.EqualTo(EntryField.BirthMonth));
        Assert.That(afterMonth, Is.EqualTo(EntryField.BirthYear));
        Assert.That((_s.Vm.Entry.BirthDay, _s.Vm.Entry.BirthMonth, _s.Vm.Entry.BirthYear), Is.EqualTo(("02", "11", "1990")));
        Assert.That(_s.Vm.Entry.MonthName(11), Is.EqualTo("November"));
    }

    [Test]
    public void A_day_that_cannot_have_a_second_digit_moves_on_at_once()
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthDay);
        _s.Tap("7");

        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(EntryField.BirthMonth));
    }

    [Test]
    public void Digit_boxes_take_no_letters_and_a_whole_year_hands_the_keys_to_the_last_name()
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthYear);
        _s.Tap("19X9");
        var unfinished = (_s.Vm.Entry.BirthYear, _s.Vm.Entry.FieldTakesDigits);
        _s.Tap("0");

        Assert.That(unfinished, Is.EqualTo(("199", true)));
        Assert.That(_s.Vm.Entry.BirthYear, Is.EqualTo("1990"));
        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(EntryField.LastName));
    }

    [TestCase("48", EntryField.LastName)]
    [TestCase("19", EntryField.BirthYear)]
    [TestCase("20", EntryField.BirthYear)]
    public void Two_digits_of_a_year_are_whole_unless_they_may_begin_one(string typed, EntryField next)
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthYear);
        _s.Tap(typed);

        Assert.That(_s.Vm.Entry.BirthYear, Is.EqualTo(typed));
        Assert.That(_s.Vm.Entry.Field, Is.EqualTo(next));
    }

    [Test]
    public void Each_box_of_the_date_takes_the_keys_by_itself_and_then_the_last_name_does()
    {
        var fields = new List<EntryField> { _s.Vm.Entry.Field };
        _s.Tap("7");
        fields.Add(_s.Vm.Entry.Field);
        _s.Vm.Entry.PickMonthCommand.Execute(3);
        fields.Add(_s.Vm.Entry.Field);
        _s.Tap("61");
        fields.Add(_s.Vm.Entry.Field);

        Assert.That(fields, Is.EqualTo(new[] { EntryField.BirthDay, EntryField.BirthMonth, EntryField.BirthYear, EntryField.LastName }));
        Assert.That(_s.Hub.Lookups, Is.Empty, "no letters yet: nothing is looked up");
    }

    [Test]
    public async Task A_patient_finds_their_appointment_with_the_birth_date_and_two_letters_without_a_find_tap()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.NotFound, null, null);
        _s.Tap("2");
        _s.Vm.Entry.PickMonthCommand.Execute(11);
        _s.Tap("90");
        _s.Tap("R");
        var afterOneLetter = _s.Hub.Lookups.Count;
        _s.Tap("A");
        await _s.Vm.SearchByLettersCommand.ExecutionTask!;

        Assert.That(afterOneLetter, Is.Zero, "one letter is never looked up");
        Assert.That(_s.Hub.Lookups.Single(), Is.EqualTo(new AppointmentLookup("Ra", new DateOnly(1990, 11, 2), FirstLettersOnly: true, Session: _s.Vm.Session)));
    }
}
