using System.Text;
using System.Text.Json;
using Kiosk.Contracts.Offline;

namespace Kiosk.App.Core.Offline;

/// <summary>
/// Today's appointment copy on the kiosk's disk, sealed (names and birth dates at rest), so a kiosk
/// restarted while the hub is away can still find people. Gone once the clinic's day is over: checked
/// on every read and by <see cref="ForgetIfOver"/> (a timer calls it), on the kiosk's clock.
/// </summary>
public sealed class AppointmentCopyStore(string folder, SealedBox box, TimeProvider time)
{
    public const string FileName = "appointments.copy";

    private static readonly byte[] Bound = Encoding.UTF8.GetBytes(FileName);
    private readonly Lock _gate = new();
    private AppointmentCopy? _copy;
    private bool _read;

    private string FilePath => Path.Combine(folder, FileName);

    /// <summary>The copy last saved, or null when there is none or its day is over.</summary>
    public AppointmentCopy? Current()
    {
        lock (_gate)
        {
            if (!_read)
            {
                _read = true;
                _copy = ReadFile();
            }

            ForgetIfOverLocked();
            return _copy;
        }
    }

    /// <summary>When the copy was taken at the hub; null without one.</summary>
    public DateTimeOffset? TakenAt => Current()?.TakenAt;

    public event Action<AppointmentCopy?>? Changed;

    public void Save(AppointmentCopy copy)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(folder);
            var temp = FilePath + ".new";
            File.WriteAllBytes(temp, box.Seal(JsonSerializer.SerializeToUtf8Bytes(copy), Bound));
            // Replace in one step: a kiosk losing power mid-write keeps the old copy, never half of one.
            File.Move(temp, FilePath, overwrite: true);
            _copy = copy;
            _read = true;
            ForgetIfOverLocked();
        }

        Changed?.Invoke(copy);
    }

    /// <summary>Deletes the copy once its clinic's day is over; true when it did.</summary>
    public bool ForgetIfOver()
    {
        bool forgotten;
        lock (_gate)
        {
            if (!_read)
            {
                _read = true;
                _copy = ReadFile();
            }

            forgotten = ForgetIfOverLocked();
        }

        if (forgotten)
        {
            Changed?.Invoke(null);
        }

        return forgotten;
    }

    /// <summary>Whether the clinic's day of <paramref name="copy"/> has ended on the kiosk's clock.</summary>
    public static bool DayIsOver(AppointmentCopy copy, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(copy.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime) > copy.Day;
    }

    private bool ForgetIfOverLocked()
    {
        if (_copy is null || !DayIsOver(_copy, time.GetUtcNow()))
        {
            return false;
        }

        _copy = null;
        File.Delete(FilePath);
        return true;
    }

    private AppointmentCopy? ReadFile()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AppointmentCopy>(box.Open(File.ReadAllBytes(FilePath), Bound));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Sealed under another key (the kiosk was re-enrolled): useless, and not ours to read.
            File.Delete(FilePath);
            return null;
        }
    }
}
