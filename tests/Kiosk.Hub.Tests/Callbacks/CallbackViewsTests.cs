using Kiosk.Hub.Clinic;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Callbacks;
using Kiosk.WaitingRoom.Callbacks;

namespace Kiosk.Hub.Tests.Callbacks;

public sealed class CallbackViewsTests
{
    private static readonly BusinessHours AllWeek = new(TimeZoneInfo.Utc,
        Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(8, 0), new TimeOnly(18, 0))));

    private static readonly DateTimeOffset Asked = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly PhoneInput Phones = new("GB");

    private static CallbackRequest Request(ReplyBy reply = ReplyBy.CallMeBack) => new(
        new CallbackQuestion(Guid.NewGuid(), Guid.NewGuid(), "billing", "Billed twice", reply, reply == ReplyBy.CallMeBack ? "+447400123456" : null),
        Asked.AddHours(2), "phone", Asked);

    [TestCase(30, 0.25, PromiseLight.OnTrack)]
    [TestCase(60, 0.5, PromiseLight.Amber)]
    [TestCase(119, 0.992, PromiseLight.Amber)]
    [TestCase(120, 1.0, PromiseLight.Red)]
    public void Reception_sees_how_much_of_the_promise_is_used_and_the_light(int minutes, double used, PromiseLight light)
    {
        var item = CallbackViews.Item(Request(), null, null, AllWeek, Phones, Asked.AddMinutes(minutes));

        Assert.That((item.PromiseUsed, item.Light), Is.EqualTo((used, light)));
    }

    [Test]
    public void The_promise_clock_stops_when_the_question_is_answered()
    {
        var r = Request();
        r.Claim("ann", Asked.AddMinutes(5));
        r.MarkAnswered(null, "ann", Asked.AddMinutes(30));

        var item = CallbackViews.Item(r, null, null, AllWeek, Phones, Asked.AddHours(5));

        Assert.That((item.PromiseUsed, item.Light, item.Phone), Is.EqualTo((0.25, PromiseLight.OnTrack, "07400 123456")));
    }

    [Test]
    public void The_patient_sees_no_staff_names_and_a_call_back_summary_is_not_shown_as_an_answer()
    {
        var callBack = Request();
        callBack.Claim("ann", Asked);
        callBack.MarkAnswered("Told her the refund is on its way; husband answered first", "ann", Asked);
        var tellHere = Request(ReplyBy.TellMeHere);
        tellHere.Escalate("practice manager", "ann", Asked);

        Assert.That(CallbackViews.Status(callBack), Has.Property(nameof(QuestionStatusView.Answer)).Null.And.Property(nameof(QuestionStatusView.Status)).EqualTo(QuestionStatus.Answered));
        Assert.That(CallbackViews.Status(tellHere).Status, Is.EqualTo(QuestionStatus.OnIt));
    }
}
