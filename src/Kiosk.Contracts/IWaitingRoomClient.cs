using Kiosk.Contracts.Callbacks;
using Kiosk.Contracts.Health;

namespace Kiosk.Contracts;

/// <summary>Server → client pushes. Each is sent only to the groups allowed to see it.</summary>
public interface IWaitingRoomClient
{
    /// <summary>One visit changed (place in line, estimate, called). Sent to that ticket's holders only.</summary>
    Task TicketUpdated(TicketView ticket);

    /// <summary>The whole board for signed-in reception staff.</summary>
    Task BoardChanged(ReceptionBoard board);

    /// <summary>The callbacks queue for signed-in reception staff.</summary>
    Task CallbacksChanged(CallbackList queue);

    /// <summary>One of the ticket's own questions changed. Sent to that ticket's holders only.</summary>
    Task QuestionUpdated(QuestionStatusView question);

    /// <summary>A ticket code was called to a room. For the waiting-room TV: no names, no reasons.</summary>
    Task TicketCalled(CalledTicket called);

    /// <summary>Who is running late now, for the waiting-room TV: provider names and minutes only, with the room's sequence number.</summary>
    Task RunningLateShown(RunningLateNow late);

    /// <summary>A kiosk came online, went offline, or reported something new. Reception only. <see cref="Health.KioskList.AsOf"/> orders them: drop an older list.</summary>
    Task KiosksChanged(KioskList kiosks);
}
