using Kiosk.App.Core.Callbacks;
using Kiosk.App.Core.Hub;
using Kiosk.App.Core.Offline;

namespace Kiosk.App.Offline;

/// <summary>The offline parts, when this kiosk has them (it is enrolled): null otherwise, and the screens work online only.</summary>
public sealed record OfflineParts(OfflineKiosk? Kiosk);

public static class OfflineServices
{
    /// <summary>The kiosk's disk, its outbox and appointment copy, and the drain that delivers the outbox.</summary>
    public static IServiceCollection AddKioskOffline(this IServiceCollection services)
    {
        services.AddSingleton<KioskDisk>();
        services.AddSingleton(sp =>
        {
            var disk = sp.GetRequiredService<KioskDisk>();
            var time = sp.GetRequiredService<TimeProvider>();
            if (disk is not { Outbox: { } store, Copies: { } copies })
            {
                return new OfflineParts(null);
            }

            var outbox = new Outbox(store, sp.GetRequiredService<IWaitingRoomGateway>(), sp.GetRequiredService<ICallbackGateway>(), time);
            return new OfflineParts(new OfflineKiosk(outbox, new OfflineAppointments(copies, time), copies));
        });
        services.AddHostedService<OutboxDrainService>();
        return services;
    }
}

/// <summary>Runs <see cref="OutboxDrain"/> for the life of the kiosk process.</summary>
public sealed class OutboxDrainService(OfflineParts parts, IWaitingRoomGateway hub, TimeProvider time, ILogger<OutboxDrain> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        parts.Kiosk is { } kiosk ? new OutboxDrain(kiosk.Outbox, hub, time, log).RunAsync(stoppingToken) : Task.CompletedTask;
}
