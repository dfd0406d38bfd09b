using System.Collections.Concurrent;

namespace Kiosk.Hub.Live;

/// <summary>
/// Wrong confirmation codes per kiosk: after <see cref="MaxWrong"/> within <see cref="Window"/>
/// the kiosk is refused every code (right ones too) until the oldest wrong one is that old, so
/// guessing codes from a kiosk is slow as well as hopeless. In memory: a restart forgets, which
/// costs a guesser a restart per five tries.
/// </summary>
public sealed class CodeTries(TimeProvider time)
{
    public const int MaxWrong = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _wrong = new();

    public bool IsLockedOut(string kiosk)
    {
        var recent = _wrong.GetOrAdd(kiosk, _ => new Queue<DateTimeOffset>());
        lock (recent)
        {
            var since = time.GetUtcNow() - Window;
            while (recent.Count > 0 && recent.Peek() <= since)
            {
                recent.Dequeue();
            }

            return recent.Count >= MaxWrong;
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
