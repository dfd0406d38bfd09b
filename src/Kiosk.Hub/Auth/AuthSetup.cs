using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Kiosk.Hub.Staff;

namespace Kiosk.Hub.Auth;

public static class AuthSetup
{
    private const string Smart = "KeyOrCookie";

    /// <summary>A presented key wins; otherwise the staff sign-in cookie.</summary>
    public static IServiceCollection AddHubAuth(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<KioskEnrolments>();
        services.AddScoped<CredentialCheck>();
        services.AddScoped<Staff.StaffAccounts>();
        services.AddScoped<Staff.StaffSessions>();
        services.AddScoped<Staff.SignInThrottle>();
        services.AddTransportSecurity(config);
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Access key or staff cookie", o =>
                o.ForwardDefaultSelector = ctx => AccessKeyHandler.Presents(ctx.Request)
                    ? AccessKeyHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessKeyHandler>(AccessKeyHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.LoginPath = "/staff/sign-in";
                o.AccessDeniedPath = "/staff/sign-in";
                StaffSession.Configure(o);
                o.Cookie.Name = "kiosk-staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        // The cookie's expiry runs on the hub's clock (a test's clock in tests), like everything else.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>Everything before a request reaches an endpoint: transport, who is calling, and from where.</summary>
    public static WebApplication UseHubAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseUnknownKeysRefused();
        app.UseOriginChecked(app.Configuration);
        return app;
    }

    /// <summary>
    /// The hub lets anonymous phones and TVs in, so a failed key would otherwise quietly become
    /// anonymous. A device that presents a key we do not know is turned away at the door instead.
    /// </summary>
    public static IApplicationBuilder UseUnknownKeysRefused(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (AccessKeyHandler.Presents(context.Request) && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("The access key is not recognised.");
            return;
        }

        await next(context);
    });
}
