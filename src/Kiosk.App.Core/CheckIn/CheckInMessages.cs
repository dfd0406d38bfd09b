using CommunityToolkit.Mvvm.Messaging.Messages;

namespace Kiosk.App.Core.CheckIn;

// What the parts of one kiosk session tell each other through that session's IMessenger. The flow
// (CheckInViewModel) owns the steps; the small ViewModels own what the patient enters and say so
// here instead of reaching into each other.

/// <summary>Any touch or key press: the patient is still here (the idle watch starts its quiet spell again).</summary>
public sealed record PatientTouched;

/// <summary>The flow moved to another step.</summary>
public sealed record StepChanged(CheckInStep Step);

/// <summary>
/// The patient is forgotten (finished, start again, idle, a new scan): every part clears what it
/// holds of theirs. Larger text, contrast and reach stay when <paramref name="KeepAccess"/>.
/// </summary>
public sealed record PatientForgotten(bool KeepAccess);

/// <summary>Nobody answered "Do you need more time?": the flow starts again.</summary>
public sealed record IdleTimedOut;

/// <summary>An on-screen key for a box the keyboard does not own itself (the code, the care note).</summary>
public sealed record KeyTyped(EntryField Field, string Key);

/// <summary>The erase key for a box the keyboard does not own itself.</summary>
public sealed record KeyErased(EntryField Field);

/// <summary>A part wants the keys to type into another box (e.g. "Something else" on the care step).</summary>
public sealed record FieldRequested(EntryField Field);

/// <summary>Keys from a physical keyboard (or a scan burst that turned out to be typing), to type into the chosen box.</summary>
public sealed record KeysTyped(string Text);

/// <summary>A letter of the last name was typed, or the birth date completed: the flow may search by the first letters.</summary>
public sealed record SurnameTyped;

/// <summary>What the patient entered cannot be sent: the text to show (a strings key) and the box to fix.</summary>
public sealed record EntryProblem(string TextKey, EntryField? Focus);

/// <summary>The walk-in details are complete and valid: this is what "Check me in" will send.</summary>
public sealed record WalkInDetailsGiven(PendingCheckIn.WalkIn CheckIn);

/// <summary>A reason was chosen on "I don't have an appointment": on to the details.</summary>
public sealed record WalkInReasonChosen(string Reason);

/// <summary>A well-formed confirmation code to look up; the reply completes when the lookup is shown.</summary>
public sealed class CodeEntered(string code) : AsyncRequestMessage<bool>
{
    public string Code { get; } = code;
}

/// <summary>A barcode scan of a confirmation code, from any screen.</summary>
public sealed class CodeScanned(string code) : AsyncRequestMessage<bool>
{
    public string Code { get; } = code;
}

/// <summary>Enter on a physical keyboard: the step's main button.</summary>
public sealed class EnterPressed : AsyncRequestMessage<bool>;
