using System.Net;
using System.Text.RegularExpressions;
using Kiosk.Hub.Staff;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>
/// Guessing is slowed per address and per (name, address), counted before the password is checked,
/// so simultaneous guesses cannot slip past the limit, and the real user at another desk still gets in.
/// </summary>
public sealed partial class SignInThrottleTests : OnTheHubsClock
{
    private const string WrongMatch = "That user name and password do not match";
    private const string TooMany = "Too many attempts from this computer";
    private static readonly IPAddress Attacker = IPAddress.Parse("127.0.0.1");
    private static readonly IPAddress RealDesk = IPAddress.Parse("127.0.0.2");

    [Test]
    public async Task Twelve_simultaneous_wrong_passwords_are_checked_no_more_than_the_limit_allows()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Server.SignInAsync(HubServer.StaffUser, $"guess-number-{i:00}-xyz", Attacker)));

        var checkedAndWrong = answers.Count(a => a.Body.Contains(WrongMatch, StringComparison.Ordinal));
        var throttled = answers.Count(a => a.Body.Contains(TooMany, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(checkedAndWrong, Is.EqualTo(SignInThrottle.FreePerAccountAndAddress), "only the free attempts reached the password check");
            Assert.That(throttled, Is.EqualTo(12 - SignInThrottle.FreePerAccountAndAddress));
        });
    }

    [Test]
    public async Task While_an_address_is_slowed_the_right_password_from_it_waits_but_the_real_user_elsewhere_signs_in()
    {
        await GuessAsync(HubServer.StaffUser, SignInThrottle.FreePerAccountAndAddress, Attacker);

        var (fromAttacker, attackerBody, _) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode, Attacker);
        var (fromDesk, _, cookies) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode, RealDesk);

        Assert.That(fromAttacker, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(attackerBody, Does.Contain(TooMany).And.Contain("Wait 30 seconds"));
        Assert.That(fromDesk, Is.EqualTo(HttpStatusCode.Redirect), "signed in from its own desk");
        Assert.That(cookies.Count, Is.GreaterThan(0));
    }

    [Test]
    public async Task Each_wait_is_twice_the_last_and_the_right_password_works_once_it_is_over()
    {
        await GuessAsync(HubServer.StaffUser, SignInThrottle.FreePerAccountAndAddress, Attacker);
        Time.Advance(SignInThrottle.FirstWait);
        await GuessAsync(HubServer.StaffUser, 1, Attacker);

        var (_, tooSoon, _) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode, Attacker);
        Time.Advance(2 * SignInThrottle.FirstWait);
        var (afterWait, _, _) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode, Attacker);

        Assert.That(tooSoon, Does.Contain(TooMany).And.Contain("Wait 1 minute "));
        Assert.That(afterWait, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task An_unknown_user_gets_exactly_the_answers_a_real_one_gets()
    {
        var real = await AnswersAsync(HubServer.StaffUser, IPAddress.Parse("127.0.0.3"));
        var unknown = await AnswersAsync("nobody-here", IPAddress.Parse("127.0.0.4"));

        Assert.That(unknown, Is.EqualTo(real));
        Assert.That(real[^1], Does.Contain(TooMany));
    }

    [Test]
    public async Task One_address_trying_many_names_is_slowed_too()
    {
        for (var i = 0; i < SignInThrottle.FreePerAddress; i++)
        {
            await GuessAsync($"name-{i}", 1, Attacker);
        }

        var (_, body, _) = await Server.SignInAsync("name-last", "some-password-here", Attacker);
        var (desk, _, _) = await Server.SignInAsync(HubServer.StaffUser, Server.StaffPasscode, RealDesk);

        Assert.That(body, Does.Contain(TooMany));
        Assert.That(desk, Is.EqualTo(HttpStatusCode.Redirect));
    }

    private async Task GuessAsync(string user, int times, IPAddress from)
    {
        for (var i = 0; i < times; i++)
        {
            var (_, body, _) = await Server.SignInAsync(user, $"wrong-guess-{i:00}-abc", from);
            Assert.That(body, Does.Contain(WrongMatch), "a guess within the limit is checked and refused");
        }
    }

    /// <summary>Status and the words shown, for the free attempts and the first one past them.</summary>
    private async Task<List<string>> AnswersAsync(string user, IPAddress from)
    {
        var answers = new List<string>();
        for (var i = 0; i <= SignInThrottle.FreePerAccountAndAddress; i++)
        {
            var (status, body, _) = await Server.SignInAsync(user, $"wrong-guess-{i:00}-abc", from);
            answers.Add($"{(int)status} {Alert().Match(body).Value}");
        }

        return answers;
    }

    [GeneratedRegex("<p class=\"error\" role=\"alert\">[^<]*</p>")]
    private static partial Regex Alert();
}
