using Kiosk.Contracts;

namespace Kiosk.App.Core.Hub;

public enum HubLink
{
    Connecting,
    Online,
    Reconnecting,
}

/// <summary>
/// What the kiosk's ViewModels need from the hub. No SignalR type leaks through it: a refusal comes
/// back in the <see cref="HubResult{T}"/> with its code (a limit reached as <see cref="HubRefusals.TooManyRequests"/>),
/// an unreachable hub as <see cref="HubUnavailableException"/>.
/// </summary>
public interface IWaitingRoomGateway
{
    HubLink Link { get; }

    event Action<HubLink>? LinkChanged;

    event Action<TicketView>? TicketUpdated;

    Task<HubResult<AppointmentLookupResult>> FindAppointmentAsync(AppointmentLookup lookup, CancellationToken ct = default);

    Task<HubResult<TicketView>> CheckInAsync(CheckInRequest request, CancellationToken ct = default);

    Task<HubResult<AppointmentLookupResult>> FindByCodeAsync(CodeLookup lookup, CancellationToken ct = default);

    Task<HubResult<TicketView>> CheckInByCodeAsync(CodeCheckInRequest request, CancellationToken ct = default);

    Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default);

    Task<HubResult<TicketView>> WalkInAsync(WalkInRequest request, CancellationToken ct = default);

    /// <summary>Follow a ticket's live updates until <see cref="Unwatch"/>; survives reconnects.</summary>
    Task<HubResult<TicketView>> WatchTicketAsync(string token, CancellationToken ct = default);

    void Unwatch(string token);
}

/// <summary>The hub is not reachable right now; nothing was sent.</summary>
public sealed class HubUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
