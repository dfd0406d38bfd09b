using System.Net;
using Kiosk.Hub.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;

namespace Kiosk.Hub.Auth;

/// <summary>
/// What keeps a staff cookie to this hub and this connection: keys of its own, HTTPS when offered,
/// and the client's real address and scheme taken only from proxies the clinic named.
/// </summary>
public static class TransportSecurity
{
    public const string DefaultApplicationName = "kiosk-hub";

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration config)
    {
        // Keys live in the hub's own database: a demo or test hub run by the same OS user signs with other keys.
        services.AddDataProtection()
            .SetApplicationName(config["Hub:ApplicationName"] is { Length: > 0 } name ? name : DefaultApplicationName)
            .PersistKeysToDbContext<HubDb>();

        // X-Forwarded-For/-Proto are believed only from Hub:TrustedProxies (none by default, not even loopback).
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the obsolete list too, so that only the proxies named below count
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            o.KnownProxies.Clear();
            foreach (var proxy in TrustedProxies(config))
            {
                o.KnownProxies.Add(proxy);
            }
        });
        return services;
    }

    /// <summary>Hub:TrustedProxies, e.g. ["127.0.0.1"] for nginx on the same machine. A bad entry stops the hub at start.</summary>
    public static IReadOnlyList<IPAddress> TrustedProxies(IConfiguration config) =>
        [.. (config.GetSection("Hub:TrustedProxies").Get<string[]>() ?? []).Select(p => IPAddress.TryParse(p, out var ip)
            ? ip
            : throw new InvalidOperationException($"Hub:TrustedProxies: '{p}' is not an IP address."))];

    /// <summary>
    /// HSTS is sent on every HTTPS response (never for localhost); plain HTTP is redirected to HTTPS
    /// when the hub itself listens on an HTTPS endpoint. Behind a proxy that ends TLS, the proxy redirects.
    /// </summary>
    public static IApplicationBuilder UseTransportSecurity(this IApplicationBuilder app)
    {
        var server = app.ApplicationServices.GetRequiredService<IServer>();

        // With no proxy named, the middleware would believe everyone (it trusts all when its lists are empty).
        if (TrustedProxies(app.ApplicationServices.GetRequiredService<IConfiguration>()).Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseHsts();
        app.UseWhen(_ => ListensOnHttps(server), https => https.UseHttpsRedirection());
        return app;
    }

    private static bool ListensOnHttps(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Any(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) == true;
}
