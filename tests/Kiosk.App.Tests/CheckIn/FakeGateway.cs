using Kiosk.App.Core.Hub;
using Kiosk.Contracts;

namespace Kiosk.App.Tests.CheckIn;

/// <summary>An in-memory hub for ViewModel unit tests: answers what the test sets, records what was asked.</summary>
internal sealed class FakeGateway : IWaitingRoomGateway
{
    public HubLink Link { get; private set; } = HubLink.Online;

    public event Action<HubLink>? LinkChanged;

    public event Action<TicketView>? TicketUpdated;

    public Func<AppointmentLookup, AppointmentLookupResult> OnFind { get; set; } = _ => new(LookupOutcome.NotFound, null, null);

    public Func<CheckInRequest, HubResult<TicketView>> OnCheckIn { get; set; } = _ => throw new InvalidOperationException("no check-in set up");

    public Func<WalkInRequest, HubResult<TicketView>> OnWalkIn { get; set; } = _ => throw new InvalidOperationException("no walk-in set up");

    public Func<CodeLookup, AppointmentLookupResult> OnFindByCode { get; set; } = _ => new(LookupOutcome.NotFound, null, null);

    public Func<CodeCheckInRequest, HubResult<TicketView>> OnCheckInByCode { get; set; } = _ => throw new InvalidOperationException("no check-in by code set up");

    public List<CodeLookup> CodeLookups { get; } = [];
    public List<CodeCheckInRequest> CodeCheckIns { get; } = [];
    public List<AppointmentLookup> Lookups { get; } = [];
    public List<WalkInRequest> WalkIns { get; } = [];
    public List<CheckInRequest> CheckIns { get; } = [];
    public HashSet<string> Watched { get; } = [];

    public Task<HubResult<AppointmentLookupResult>> FindAppointmentAsync(AppointmentLookup lookup, CancellationToken ct = default)
    {
        Lookups.Add(lookup);
        return Task.FromResult(HubResult.Ok(OnFind(lookup)));
    }

    public Task<HubResult<TicketView>> CheckInAsync(CheckInRequest request, CancellationToken ct = default)
    {
        CheckIns.Add(request);
        return Task.FromResult(OnCheckIn(request));
    }

    public Task<HubResult<AppointmentLookupResult>> FindByCodeAsync(CodeLookup lookup, CancellationToken ct = default)
    {
        CodeLookups.Add(lookup);
        return Task.FromResult(HubResult.Ok(OnFindByCode(lookup)));
    }

    public Task<HubResult<TicketView>> CheckInByCodeAsync(CodeCheckInRequest request, CancellationToken ct = default)
    {
        CodeCheckIns.Add(request);
        return Task.FromResult(OnCheckInByCode(request));
    }

    public WaitRange? LobbyWait { get; set; }

    public Task<WaitRange?> LobbyWaitAsync(CancellationToken ct = default) => Task.FromResult(LobbyWait);

    public Task<HubResult<TicketView>> WalkInAsync(WalkInRequest request, CancellationToken ct = default)
    {
        WalkIns.Add(request);
        return Task.FromResult(OnWalkIn(request));
    }

    public Task<HubResult<TicketView>> WatchTicketAsync(string token, CancellationToken ct = default)
    {
        Watched.Add(token);
        return Task.FromException<HubResult<TicketView>>(new HubUnavailableException("watch not simulated"));
    }

    public void Unwatch(string token) => Watched.Remove(token);

    public void Push(TicketView ticket) => TicketUpdated?.Invoke(ticket);

    public void Goes(HubLink link)
    {
        Link = link;
        LinkChanged?.Invoke(link);
    }
}
