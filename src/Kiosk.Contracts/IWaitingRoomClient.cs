namespace Kiosk.Contracts;

/// <summary>Server → client pushes. Each is sent only to the groups allowed to see it.</summary>
public interface IWaitingRoomClient
{
    /// <summary>One visit changed (place in line, estimate, called). Sent to that ticket's holders only.</summary>
    Task TicketUpdated(TicketView ticket);

    /// <summary>The whole board for signed-in reception staff.</summary>
    Task BoardChanged(ReceptionBoard board);

    /// <summary>A ticket code was called to a room. For the waiting-room TV: no names, no reasons.</summary>
    Task TicketCalled(CalledTicket called);
}
