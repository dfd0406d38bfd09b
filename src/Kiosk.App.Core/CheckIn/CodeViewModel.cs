using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;
using CommunityToolkit.Mvvm.Messaging;
using Kiosk.Contracts;

namespace Kiosk.App.Core.CheckIn;

/// <summary>
/// "I have a confirmation code": the code from the reminder letter, typed on a keypad of the code's
/// own alphabet or scanned from its barcode. The code stands in for name and birth date (see
/// docs/kiosk-codes.md); a well-formed one goes to the flow to be looked up.
/// </summary>
public sealed partial class CodeViewModel : ObservableObject
{
    private readonly IMessenger _messenger;

    public CodeViewModel(IMessenger messenger)
    {
        _messenger = messenger;
        messenger.Register<CodeViewModel, KeyTyped>(this, static (code, m) => code.Typed(m));
        messenger.Register<CodeViewModel, KeyErased>(this, static (code, m) => code.Erased(m));
        messenger.Register<CodeViewModel, PatientForgotten>(this, static (code, _) => code.Text = "");
    }

    /// <summary>The code keypad: the alphabet in rows of eight.</summary>
    public static IReadOnlyList<string[]> Keys { get; } =
        [.. ConfirmationCode.Alphabet.Select(c => c.ToString()).Chunk(8)];

    [ObservableProperty]
    public partial string Text { get; set; } = "";

    /// <summary>"Find my appointment" on the code step (or Enter, or a scan).</summary>
    [RelayCommand]
    private async Task FindAsync()
    {
        if (!ConfirmationCode.TryNormalise(Text, out var code))
        {
            _messenger.Send(new EntryProblem("code.wrong-shape", EntryField.Code));
            return;
        }

        var lookup = _messenger.Send(new CodeEntered(code));
        if (lookup.HasReceivedResponse)
        {
            await lookup.Response;
        }
    }

    private void Typed(KeyTyped key)
    {
        if (key.Field == EntryField.Code && Text.Length < ConfirmationCode.Length && key.Key.Length == 1
            && ConfirmationCode.Alphabet.Contains(char.ToUpperInvariant(key.Key[0])))
        {
            Text += key.Key.ToUpperInvariant();
        }
    }

    private void Erased(KeyErased key)
    {
        if (key.Field == EntryField.Code)
        {
            Text = EntryViewModel.Shorter(Text);
        }
    }
}
