using Kiosk.Contracts;

namespace Kiosk.App.Core.Hub;

public enum HubLink
{
    Connecting,
    Online,
    Reconnecting,
}

/// <summary>What the kiosk's ViewModels need from the hub. No SignalR type leaks through it.</summary>
public interface IWaitingRoomGateway
{
    HubLink Link { get; }

    event Action<HubLink>? LinkChanged;

    event Action<TicketView>? TicketUpdated;

    Task<AppointmentLookupResult> FindAppointmentAsync(AppointmentLookup lookup, CancellationToken ct = default);

    Task<TicketView> CheckInAsync(CheckInRequest request, CancellationToken ct = default);

    Task<AppointmentLookupResult> FindByCodeAsync(CodeLookup lookup, CancellationToken ct = default);

    Task<TicketView> CheckInByCodeAsync(CodeCheckInRequest request, CancellationToken ct = default);

    Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default);

    Task<TicketView> WalkInAsync(WalkInRequest request, CancellationToken ct = default);

    /// <summary>Follow a ticket's live updates until <see cref="Unwatch"/>; survives reconnects.</summary>
    Task<TicketView> WatchTicketAsync(string token, CancellationToken ct = default);

    void Unwatch(string token);
}

/// <summary>The hub is not reachable right now; nothing was sent.</summary>
public sealed class HubUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The hub answered and refused, with a reason meant for the person at the screen.</summary>
public sealed class HubRefusedException(string reason, Exception? inner = null) : Exception(reason, inner);
