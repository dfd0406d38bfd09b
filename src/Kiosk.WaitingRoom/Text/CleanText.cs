using System.Globalization;
using System.Text;

namespace Kiosk.WaitingRoom.Text;

/// <summary>
/// What people type, made safe to store and show. A name that carries a direction override
/// (U+202E turns "\u202EnamoW\u202C Evil" into "Woman Evil" on screen) is refused: the desk
/// would read a name nobody typed. Zero-width and other invisible characters are removed, so two
/// names that look the same are the same; whitespace is trimmed and collapsed; the result is NFC.
/// Free text (questions, notes, reasons) is cleaned the same way, its direction controls removed.
/// Lone surrogates and noncharacters are not characters at all, and are dropped.
/// </summary>
public static class CleanText
{
    public const string NameHasDirectionControls =
        "A name cannot contain characters that change the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).";

    /// <summary>The cleaned name, or false with the reason it was refused. Empty after cleaning is not refused here: the caller says what is missing.</summary>
    public static bool TryName(string? typed, out string clean, out string? refusal)
    {
        if (typed is not null && typed.Any(IsDirectionControl))
        {
            clean = "";
            refusal = NameHasDirectionControls;
            return false;
        }

        clean = Clean(typed);
        refusal = null;
        return true;
    }

    /// <summary>Free text cleaned; null when nothing visible is left.</summary>
    public static string? Free(string? typed) => Clean(typed) is { Length: > 0 } clean ? clean : null;

    /// <summary>Explicit embeddings, overrides, isolates and marks: they reorder what follows them.</summary>
    public static bool IsDirectionControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Clean(string? typed)
    {
        if (string.IsNullOrEmpty(typed)) return "";
        var builder = new StringBuilder(typed.Length);
        var pendingSpace = false;
        var span = typed.AsSpan();
        while (!span.IsEmpty)
        {
            // A lone surrogate is not a character: it is dropped like any other invisible.
            var status = Rune.DecodeFromUtf16(span, out var rune, out var used);
            span = span[used..];
            if (status != System.Buffers.OperationStatus.Done) continue;
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(rune) || IsNoncharacter(rune)) continue;
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(rune.ToString());
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…): Unicode keeps them
    /// out of interchange, nobody types them, and U+FFFE makes .NET's normalisation throw.
    /// </summary>
    private static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>Controls (C0, C1) and format characters: zero-width spaces and joiners, U+2060, U+FEFF, soft hyphens, direction controls, tags.</summary>
    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate;
}
