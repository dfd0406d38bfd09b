using System.Text.RegularExpressions;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Hub.Auth;
using Microsoft.Extensions.Time.Testing;
using static Microsoft.Playwright.Assertions;

namespace Kiosk.EndToEnd.Tests.Calling;

/// <summary>A desk left open past the longest sign-in, on a hub clock the test moves.</summary>
public sealed class SessionEndTests : BrowserFixture
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? HubTime => _time;

    [Test]
    public async Task An_open_board_goes_back_to_sign_in_once_the_sign_in_is_over()
    {
        var desk = await OpenReceptionAsync(1366, 768);

        _time.Advance(StaffSession.Longest + TimeSpan.FromMinutes(1));

        await Expect(desk.Page).ToHaveURLAsync(new Regex("/staff/sign-in"));
        await Expect(desk.Page.GetByLabel("Password")).ToBeVisibleAsync();
    }
}
