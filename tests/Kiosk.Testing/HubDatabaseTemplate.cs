using Kiosk.Hub.Auth;
using Kiosk.Hub.Persistence;
using Kiosk.Hub.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Testing;

/// <summary>
/// A hub database as an admin leaves it before the first start: every migration applied and the
/// reception account <see cref="HubServer.StaffUser"/> created (real hasher, real rules), made once
/// per test process. Each fresh <see cref="HubServer"/> starts from its own copy of the file, so no
/// test sees another's data, and the hub's own migration at start finds nothing left to do. Data
/// protection keys, kiosk keys and the demo day are not in it: each hub makes its own.
/// </summary>
public sealed class HubDatabaseTemplate
{
    // Made once on first use and never changed after: a value, not shared state.
    private static readonly Lazy<Task<HubDatabaseTemplate>> Shared = new(CreateAsync);

    private readonly string _file;

    private HubDatabaseTemplate(string file, string staffPasscode) => (_file, StaffPasscode) = (file, staffPasscode);

    /// <summary>The password of <see cref="HubServer.StaffUser"/> in every copy.</summary>
    public string StaffPasscode { get; }

    public static Task<HubDatabaseTemplate> GetAsync() => Shared.Value;

    /// <summary>Puts a copy of the database into <paramref name="dataDirectory"/>, where the hub looks for it.</summary>
    public void CopyInto(string dataDirectory) => File.Copy(_file, Path.Combine(dataDirectory, DatabaseSetup.FileName));

    private static async Task<HubDatabaseTemplate> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kiosk-hub-tests", $"template-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        };
        var file = Path.Combine(directory, DatabaseSetup.FileName);

        // No pooling: the last connection really closes, so SQLite folds its write-ahead log back into the file we copy.
        var services = new ServiceCollection()
            .AddDbContext<HubDb>(o => o.UseSqlite($"Data Source={file};Pooling=False"))
            .AddSingleton(TimeProvider.System)
            .AddScoped<StaffAccounts>()
            .AddScoped<StaffSessions>()
            .AddScoped<SignInThrottle>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDb>().MigrateAsync();
        var passcode = HubServer.Secret();
        await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(HubServer.StaffUser, passcode, Roles.Reception);
        return new HubDatabaseTemplate(file, passcode);
    }
}
