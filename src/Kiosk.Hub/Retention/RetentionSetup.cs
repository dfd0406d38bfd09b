namespace Kiosk.Hub.Retention;

public static class RetentionSetup
{
    /// <summary>
    /// Reads and checks the retention settings now, so a bad value stops the hub before it serves
    /// anyone: null when they are sound, else one line naming the setting and what it takes.
    /// </summary>
    public static string? AddRetention(this IServiceCollection services, IConfiguration config)
    {
        RetentionOptions options;
        try
        {
            options = RetentionOptions.From(config);
        }
        catch (InvalidDataException e)
        {
            return e.Message.ReplaceLineEndings(" ");
        }

        services.AddSingleton(options);
        services.AddSingleton<PatientDataRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<PatientDataRetention>());
        return null;
    }
}
