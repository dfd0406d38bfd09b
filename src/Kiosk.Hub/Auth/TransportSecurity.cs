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
            o.KnownProxies.Clear();
            foreach (var proxy in config.GetSection("Hub:TrustedProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    /// <summary>
    /// HSTS is sent on every HTTPS response (never for localhost); plain HTTP is redirected to HTTPS
    /// when the hub itself listens on an HTTPS endpoint. Behind a proxy that ends TLS, the proxy redirects.
    /// </summary>
    public static IApplicationBuilder UseTransportSecurity(this IApplicationBuilder app)
    {
        var server = app.ApplicationServices.GetRequiredService<IServer>();
        app.UseForwardedHeaders();
        app.UseHsts();
        app.UseWhen(_ => ListensOnHttps(server), https => https.UseHttpsRedirection());
        return app;
    }

    private static bool ListensOnHttps(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Any(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) == true;
}
