using System.Collections.Concurrent;
using Kiosk.Contracts;

namespace Kiosk.App.Hub;

/// <summary>
/// The newest view of each ticket by the room's change number. Pushes come in commit order, but
/// a read (a check-in's answer, a re-watch after reconnecting) can cross one: the older one loses.
/// </summary>
public sealed class NewestTickets
{
    private readonly ConcurrentDictionary<string, long> _newest = new();

    /// <summary>True, and remembered as the newest, unless a newer view of the same ticket was already taken.</summary>
    public bool Take(TicketView ticket)
    {
        while (true)
        {
            if (!_newest.TryGetValue(ticket.Token, out var newest))
            {
                if (_newest.TryAdd(ticket.Token, ticket.Sequence))
                {
                    return true;
                }
            }
            else if (ticket.Sequence < newest)
            {
                return false;
            }
            else if (_newest.TryUpdate(ticket.Token, ticket.Sequence, newest))
            {
                return true;
            }
        }
    }
}
