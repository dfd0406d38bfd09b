using System.Text;
using Kiosk.WaitingRoom.Text;

namespace Kiosk.WaitingRoom.Tests.Text;

public sealed class CleanTextTests
{
    [Test]
    public void The_reversed_name_from_the_report_is_refused_with_a_reason()
    {
        var ok = CleanText.TryName("\u202EnamoW\u202C Evil", out var clean, out var refusal);

        Assert.That((ok, clean), Is.EqualTo((false, "")));
        Assert.That(refusal, Does.Contain("direction of text"));
    }

    [TestCase('\u202A')]
    [TestCase('\u202B')]
    [TestCase('\u202C')]
    [TestCase('\u202D')]
    [TestCase('\u202E')]
    [TestCase('\u2066')]
    [TestCase('\u2067')]
    [TestCase('\u2068')]
    [TestCase('\u2069')]
    [TestCase('\u200E')]
    [TestCase('\u200F')]
    [TestCase('\u061C')]
    public void Each_direction_control_refuses_a_name_and_is_removed_from_free_text(char control)
    {
        var ok = CleanText.TryName($"Lo{control}pez", out _, out var refusal);

        Assert.That((ok, refusal), Is.EqualTo((false, CleanText.NameHasDirectionControls)));
        Assert.That(CleanText.Free($"Why was I {control}billed twice?"), Is.EqualTo("Why was I billed twice?"));
    }

    [TestCase('\u200B')]
    [TestCase('\u200C')]
    [TestCase('\u200D')]
    [TestCase('\u2060')]
    [TestCase('\uFEFF')]
    [TestCase('\u00AD')]
    [TestCase('\u0007')]
    [TestCase('\u009B')]
    public void Zero_width_and_control_characters_are_stripped_from_names(char invisible)
    {
        var ok = CleanText.TryName($"{invisible}Lo{invisible}pez{invisible}", out var clean, out var refusal);

        Assert.That((ok, clean, refusal), Is.EqualTo((true, "Lopez", (string?)null)));
    }

    [Test]
    public void Names_come_out_composed_so_the_same_letters_are_the_same_text()
    {
        var decomposed = "Garci\u0301a";

        CleanText.TryName(decomposed, out var clean, out _);

        Assert.That(clean, Is.EqualTo("García"));
        Assert.That(clean.IsNormalized(NormalizationForm.FormC), Is.True);
        Assert.That(clean, Has.Length.EqualTo(6));
    }

    [Test]
    public void Whitespace_of_any_kind_is_trimmed_and_collapsed_to_one_space()
    {
        CleanText.TryName(" \t Mary\u00A0\u00A0 Ann\n\u2003Smith-Jones \r\n", out var clean, out _);

        Assert.That(clean, Is.EqualTo("Mary Ann Smith-Jones"));
        Assert.That(CleanText.Free("Line one.\r\n\r\n   Line two.  "), Is.EqualTo("Line one. Line two."));
    }

    [Test]
    public void Text_with_nothing_visible_is_nothing()
    {
        Assert.That(CleanText.Free("\u200B \u2060\uFEFF\t"), Is.Null);
        Assert.That(CleanText.Free(null), Is.Null);
        Assert.That(CleanText.TryName("\u200B", out var clean, out _) && clean == "", Is.True, "the caller says the name is missing");
    }

    [Test]
    public void A_lone_surrogate_is_dropped_and_real_emoji_and_scripts_stay()
    {
        Assert.That(CleanText.Free("ok\uD800 then"), Is.EqualTo("ok then"));
        Assert.That(CleanText.Free("Thanks 👍 محمد 王"), Is.EqualTo("Thanks 👍 محمد 王"));
    }

    /// <summary>Found by the hub's fuzzer: a note of "\uFFFF\uFFFE" made NFC normalisation throw, and the hub answered with a server error.</summary>
    [Test]
    public void Noncharacters_are_dropped_like_lone_surrogates()
    {
        Assert.That(CleanText.Free("\uFFFF\uFFFE"), Is.Null);
        Assert.That(CleanText.Free("a\uFDD0b\uFFFEc"), Is.EqualTo("abc"));
        Assert.That(CleanText.Free("x" + char.ConvertFromUtf32(0x10FFFF) + char.ConvertFromUtf32(0x1FFFE) + "y"), Is.EqualTo("xy"));
    }

    [Test]
    public void Every_code_point_alone_and_after_a_letter_is_cleaned_without_an_error()
    {
        var failed = new List<string>();
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            var text = c is >= 0xD800 and <= 0xDFFF ? ((char)c).ToString() : char.ConvertFromUtf32(c);
            try
            {
                CleanText.Free(text);
                CleanText.TryName("e" + text + "\u0301", out _, out _);
            }
            catch (ArgumentException)
            {
                failed.Add($"U+{c:X4}");
            }
        }

        Assert.That(failed, Is.Empty);
    }
}
