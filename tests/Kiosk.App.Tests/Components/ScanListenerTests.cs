using Kiosk.App.Core.CheckIn;
using Kiosk.App.Components.CheckIn;
using Kiosk.App.Tests.CheckIn;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace Kiosk.App.Tests.Components;

/// <summary>
/// Every kiosk page is first rendered on the server (prerender), where the browser is not there to
/// talk to: the scan listener only asks the page to stop listening if it once asked it to listen.
/// </summary>
public sealed class ScanListenerTests
{
    [Test]
    public async Task A_listener_rendered_before_the_browser_is_there_goes_away_without_calling_the_page()
    {
        var page = new PrerenderingPage();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IJSRuntime>(page).BuildServiceProvider();
        using var vm = new CheckInViewModel(new FakeGateway(), TimeProvider.System, TestStrings.Shipped, new CommunityToolkit.Mvvm.Messaging.WeakReferenceMessenger());
        var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        await renderer.Dispatcher.InvokeAsync(() => renderer.RenderComponentAsync<ScanListener>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Vm"] = vm })));

        Assert.That(async () => await renderer.DisposeAsync(), Throws.Nothing);
        Assert.That(page.Calls, Is.Empty);
    }

    /// <summary>What the server's JS runtime does while prerendering: refuses every call.</summary>
    private sealed class PrerenderingPage : IJSRuntime
    {
        public List<string> Calls { get; } = [];

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
        {
            Calls.Add(identifier);
            throw new InvalidOperationException("JavaScript interop calls cannot be issued at this time. This is because the component is being statically rendered.");
        }
    }
}
