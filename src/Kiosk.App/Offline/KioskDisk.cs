using Kiosk.App.Core.Offline;
using Kiosk.App.Hub;
using Microsoft.Extensions.Options;

namespace Kiosk.App.Offline;

/// <summary>
/// This kiosk's own data folder (Kiosk:DataFolder): the outbox file and the sealed appointment copy.
/// Both are sealed under the device key, so a kiosk not enrolled yet keeps nothing (and has no outbox).
/// </summary>
public sealed class KioskDisk : IDisposable
{
    public KioskDisk(IOptions<KioskOptions> options, IHostEnvironment env, TimeProvider time)
    {
        var kiosk = options.Value;
        Folder = Path.GetFullPath(kiosk.DataFolder, env.ContentRootPath);
        if (string.IsNullOrEmpty(kiosk.DeviceKey))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        Outbox = new OutboxStore(Path.Combine(Folder, OutboxStore.FileName), new SealedBox(kiosk.DeviceKey, SealedBox.OutboxPurpose), time);
        Copies = new AppointmentCopyStore(Folder, new SealedBox(kiosk.DeviceKey, SealedBox.CopyPurpose), time);
    }

    public string Folder { get; }

    public OutboxStore? Outbox { get; }

    public AppointmentCopyStore? Copies { get; }

    public void Dispose() => Outbox?.Dispose();
}
