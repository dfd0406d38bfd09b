using System.Collections.Concurrent;

namespace Kiosk.Hub.Live;

/// <summary>
/// Wrong lookups per kiosk: after <c>maxWrong</c> within <c>window</c> the kiosk is refused
/// every lookup of that kind (right ones too) until the oldest wrong one is that old, so
/// guessing from a kiosk is slow as well as hopeless. In memory: a restart forgets, which costs a
/// guesser a restart per round of tries.
/// </summary>
public abstract class KioskTries(TimeProvider time, int maxWrong, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _wrong = new();

    public bool IsLockedOut(string kiosk)
    {
        var recent = _wrong.GetOrAdd(kiosk, _ => new Queue<DateTimeOffset>());
        lock (recent)
        {
            var since = time.GetUtcNow() - window;
            while (recent.Count > 0 && recent.Peek() <= since)
            {
                recent.Dequeue();
            }

            return recent.Count >= maxWrong;
        }
    }

    public void Wrong(string kiosk)
    {
        var recent = _wrong.GetOrAdd(kiosk, _ => new Queue<DateTimeOffset>());
        lock (recent)
        {
            recent.Enqueue(time.GetUtcNow());
        }
    }
}

/// <summary>Wrong confirmation codes: five in five minutes stop the kiosk trying codes.</summary>
public sealed class CodeTries(TimeProvider time) : KioskTries(time, MaxWrong, Window)
{
    public const int MaxWrong = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Name and birth date pairs that matched nobody: ten in ten minutes stop the kiosk looking
/// names up, so nobody can stand at it working through dates of birth to learn who has an
/// appointment today. Patients mistype, so there is more room than for codes.
/// </summary>
public sealed class NameTries(TimeProvider time) : KioskTries(time, MaxWrong, Window)
{
    public const int MaxWrong = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
}
