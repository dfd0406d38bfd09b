using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Limits;

public static class LimitsSetup
{
    /// <summary>
    /// The limits of the "Limits" section; null when its numbers are sound, else one line saying
    /// what is wrong (a limit of zero would refuse everyone, or fail every request).
    /// </summary>
    public static string? AddLimits(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(LimitsOptions.Section);
        if (Problems(section) is { } problems)
        {
            return $"The {LimitsOptions.Section} section of the hub's settings: {problems}.";
        }

        services.Configure<LimitsOptions>(section);
        services.AddSingleton<RefusalLog>();
        services.AddSingleton<CallerLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>>((o, limits) =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = AddressLimits.Create(limits.Value);
            o.OnRejected = AddressLimits.RefuseAsync;
        });
        return null;
    }

    private static string? Problems(IConfigurationSection section)
    {
        try
        {
            var problems = (section.Get<LimitsOptions>() ?? new LimitsOptions()).Problems().ToList();
            return problems.Count > 0 ? string.Join("; ", problems) : null;
        }
        catch (InvalidOperationException e)
        {
            // A number or a time that does not read as one ("Every": "soon").
            return e.Message.ReplaceLineEndings(" ").TrimEnd('.');
        }
    }

    /// <summary>First in the pipeline: a refused request costs no authentication, no database.</summary>
    public static IApplicationBuilder UseLimits(this IApplicationBuilder app) => app.UseRateLimiter();
}
