using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Limits;

public static class LimitsSetup
{
    /// <summary>
    /// The limits of the "Limits" section. Call after AddSignalR: the hub filter then runs inside
    /// the one that turns refusals into HubExceptions and logs them.
    /// </summary>
    public static IServiceCollection AddLimits(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<LimitsOptions>(config.GetSection(LimitsOptions.Section));
        services.AddSingleton<RefusalLog>();
        services.AddSingleton<CallerLimits>();
        services.Configure<HubOptions>(o => o.AddFilter<CallerLimits>());
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((o, limits) =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = AddressLimits.Create(limits.Value);
            o.OnRejected = AddressLimits.RefuseAsync;
        });
        return services;
    }

    /// <summary>First in the pipeline: a refused request costs no authentication, no database.</summary>
    public static IApplicationBuilder UseLimits(this IApplicationBuilder app) => app.UseRateLimiter();
}
