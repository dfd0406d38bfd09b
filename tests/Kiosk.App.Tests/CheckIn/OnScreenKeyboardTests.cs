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
        _s.Tap("O'BRIEN");

        Assert.That(_s.Vm.Entry.LastName, Is.EqualTo("O'Brien"));
    }

    [Test]
    public void Erase_removes_the_last_letter()
    {
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
    public void Digit_boxes_take_no_letters_and_no_more_digits_than_fit()
    {
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthYear);
        _s.Tap("19X905");

        Assert.That(_s.Vm.Entry.BirthYear, Is.EqualTo("1990"));
        Assert.That(_s.Vm.Entry.FieldTakesDigits, Is.True);
    }

    [Test]
    public async Task A_patient_can_find_their_appointment_with_the_on_screen_keys_alone()
    {
        _s.Hub.OnFind = _ => new(LookupOutcome.NotFound, null, null);
        _s.Tap("RAHMAN");
        _s.Vm.Entry.ChooseCommand.Execute(EntryField.BirthDay);
        _s.Tap("2");
        _s.Vm.Entry.PickMonthCommand.Execute(11);
        _s.Tap("1990");

        await _s.Vm.FindCommand.ExecuteAsync(null);

        Assert.That(_s.Hub.Lookups.Single(), Is.EqualTo(new AppointmentLookup("Rahman", new DateOnly(1990, 11, 2))));
    }
}
