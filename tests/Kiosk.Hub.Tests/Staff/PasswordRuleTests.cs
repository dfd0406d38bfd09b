using Kiosk.Hub.Staff;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>The password rule refuses what attackers try first, and says why.</summary>
public sealed class PasswordRuleTests
{
    [TestCase("short-pass1")]
    [TestCase("")]
    public void A_password_under_twelve_characters_is_refused_for_its_length(string password) =>
        Assert.That(PasswordRule.Refusal(password, "maria"), Does.Contain("at least 12 characters"));

    [TestCase("password1234")]
    [TestCase("Password2024!")]
    [TestCase("P@ssw0rd123456")]
    [TestCase("qwerty123456")]
    [TestCase("Letmein!2024")]
    [TestCase("welcome12345678")]
    [TestCase("Reception2024!!")]
    [TestCase("clinic1234567")]
    [TestCase("WelcomeWelcome")]
    public void A_common_password_padded_with_digits_or_symbols_is_refused(string password) =>
        Assert.That(PasswordRule.Refusal(password, "maria"), Does.Contain("one of the first an attacker tries"));

    [TestCase("aaaaaaaaaaaa")]
    [TestCase("123456789012")]
    [TestCase("abcabcabcabc")]
    [TestCase("abcdefghijklmn")]
    [TestCase("987654321098")]
    [TestCase("194719471947")]
    [TestCase("ababababababab")]
    public void A_repeat_or_a_sequence_is_refused(string password) =>
        Assert.That(PasswordRule.Refusal(password, "maria"), Does.Contain("repeat or a sequence"));

    [Test]
    public void A_password_containing_the_user_name_is_refused() =>
        Assert.That(PasswordRule.Refusal("Maria-likes-tea-42", "maria"), Does.Contain("must not contain the user name"));

    [TestCase("correct horse battery")]
    [TestCase("long enough password")]
    [TestCase("Tulip-Harbour-9-Lantern")]
    [TestCase("8f3a9c1e7b2d4f60")]
    public void A_long_uncommon_password_is_accepted(string password) =>
        Assert.That(PasswordRule.Refusal(password, "maria"), Is.Null);
}
