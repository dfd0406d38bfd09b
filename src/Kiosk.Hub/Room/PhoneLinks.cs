using Kiosk.Contracts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kiosk.Hub.Room;

/// <summary>
/// Builds the address a phone opens from the QR code. Hub:PublicUrl is what phones can reach
/// (the clinic's Wi-Fi name for this server); without it, the address the hub listens on.
/// </summary>
public sealed class PhoneLinks(IConfiguration config, IServer server)
{
    public string For(string token) => Base() + HubRoutes.PhonePage(token);

    /// <summary>The hub's address for phones, without a trailing slash: a kiosk offline builds its QR code's link from it.</summary>
    public string Base() => BaseUrl().TrimEnd('/');

    private string BaseUrl() =>
        config["Hub:PublicUrl"] is { Length: > 0 } configured
            ? configured
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
}
