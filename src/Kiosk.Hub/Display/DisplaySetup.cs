using Kiosk.Contracts.Lobby;
using Microsoft.Extensions.FileProviders;

namespace Kiosk.Hub.Display;

public static class DisplaySetup
{
    /// <summary>Where the TV fetches the lobby videos the playlist names.</summary>
    public const string MediaPath = "/lobby-media";

    /// <summary>How long a call fills the TV before the lobby media comes back.</summary>
    public static readonly TimeSpan CallShownFor = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The waiting-room TV's view of the room, its words, and the kiosk's lobby playlist
    /// (kiosk-content/playlist.json, videos in kiosk-content/media), shown between calls.
    /// </summary>
    public static IServiceCollection AddDisplay(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var playlist = Path.GetFullPath(config["Hub:Playlist"] ?? "../../kiosk-content/playlist.json", env.ContentRootPath);
        var media = MediaFolder(config, env);
        return services
            .AddSingleton<DisplayService>()
            .AddSingleton<DisplayWords>()
            .AddSingleton(sp => LobbyPlaylist.Load(playlist, sp.GetRequiredService<ILogger<LobbyPlaylist>>(), media));
    }

    /// <summary>Serves the lobby videos at <see cref="MediaPath"/>; a clinic without a media folder has none to serve.</summary>
    public static IApplicationBuilder UseLobbyMedia(this WebApplication app)
    {
        var media = MediaFolder(app.Configuration, app.Environment);
        return Directory.Exists(media)
            ? app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(media), RequestPath = MediaPath })
            : app;
    }

    private static string MediaFolder(IConfiguration config, IHostEnvironment env) =>
        Path.GetFullPath(config["Hub:MediaFolder"] ?? "../../kiosk-content/media", env.ContentRootPath);
}
