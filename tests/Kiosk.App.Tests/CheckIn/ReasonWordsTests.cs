using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>The reason for a wait, in the patient's language.</summary>
public sealed class ReasonWordsTests
{
    private static readonly WaitRange Late = new(20, 30, 45, "Dr Lee is running about 20 min behind (an urgent case). Someone booked before you has not arrived yet and would go first.")
    {
        ReasonParts =
        [
            new("late-why", new Dictionary<string, string> { ["provider"] = "Dr Lee", ["minutes"] = "20", ["why"] = "an urgent case" }),
            new("one-coming", new Dictionary<string, string>()),
        ],
    };

    [Test]
    public void A_spanish_speaking_patient_reads_the_reason_in_spanish_with_the_desks_typed_words_marked_as_english()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("es");

        Assert.That(session.Vm.ReasonFor(Late), Is.EqualTo((
            "Dr Lee va con unos 20 min de retraso (motivo escrito en inglés: an urgent case). Alguien con cita antes que usted aún no ha llegado y pasaría primero.", false)));
    }

    [Test]
    public void A_reason_without_sentences_is_shown_as_the_hub_said_it_and_marked_as_english()
    {
        using var session = new Session();
        session.Vm.StartCommand.Execute("es");

        Assert.That(session.Vm.ReasonFor(Late with { ReasonParts = [] }), Is.EqualTo((Late.Reason, true)));
    }
}
