using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Kiosk.Hub.Persistence;
using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Room;

/// <summary>The room after a change, as each audience may see it, under the room's sequence number of that change.</summary>
public sealed class RoomSnapshot(ReceptionBoard board, IReadOnlyDictionary<Guid, TicketView> tickets, long sequence = 0)
{
    public ReceptionBoard Board { get; } = board;
    public IReadOnlyDictionary<Guid, TicketView> Tickets { get; } = tickets;
    public long Sequence { get; } = sequence;

    /// <summary>Every view numbered, so a client can tell it from older ones.</summary>
    public RoomSnapshot At(long sequence) => new(
        Board with { Sequence = sequence },
        Tickets is LazyTicketDictionary lazy ? lazy.Numbered(sequence) : Tickets.ToDictionary(t => t.Key, t => t.Value with { Sequence = sequence }),
        sequence);
}

/// <summary>
/// Every visit's ticket, each made the first time someone asks for it and kept: a change sends the few
/// tickets it touched, and a phone reads its own, so a busy room does not build thousands per change.
/// Reads a room that is no longer changed (the hub changes a copy of the room it committed).
/// </summary>
public sealed class LazyTicketDictionary(WaitingRoomDay room, Func<Visit, TicketView> make) : IReadOnlyDictionary<Guid, TicketView>
{
    private readonly ConcurrentDictionary<Guid, TicketView> _made = new();

    public int Count => room.Visits.Count;

    public IEnumerable<Guid> Keys => room.Visits.Select(v => v.Id);

    public IEnumerable<TicketView> Values => room.Visits.Select(Made);

    public TicketView this[Guid key] => TryGetValue(key, out var ticket) ? ticket : throw new KeyNotFoundException($"No visit {key} in the room.");

    public bool ContainsKey(Guid key) => room.VisitById(key) is not null;

    public bool TryGetValue(Guid key, [MaybeNullWhen(false)] out TicketView value)
    {
        value = room.VisitById(key) is { } visit ? Made(visit) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<Guid, TicketView>> GetEnumerator() => room.Visits.Select(v => KeyValuePair.Create(v.Id, Made(v))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same tickets under the change's number (none made yet is made for it).</summary>
    public LazyTicketDictionary Numbered(long sequence) => new(room, v => make(v) with { Sequence = sequence });

    private TicketView Made(Visit visit) => _made.GetOrAdd(visit.Id, _ => make(visit));
}

/// <summary>Turns the domain's room into the wire views: names only for reception, never for a ticket.</summary>
public static class RoomViews
{
    private static readonly VisitState[] OnBoard = [VisitState.Arrived, VisitState.Called, VisitState.InRoom];

    public static RoomSnapshot Build(
        WaitingRoomDay room,
        IReadOnlyDictionary<Guid, WaitEstimate> estimates,
        IReadOnlyDictionary<Guid, WaitEstimate> promised,
        Func<string, string> phoneUrl,
        DateTimeOffset now)
    {
        // Every place from one sort per provider's line: a sort per ticket made a busy room's views quadratic.
        var places = room.PlacesInLine();
        int? PlaceOf(Visit v) => places.TryGetValue(v.Id, out var place) ? place : null;
        var tickets = new LazyTicketDictionary(room, v => Ticket(room, v, PlaceOf(v), estimates, phoneUrl) with { Help = DeskViews.Help(room, v.Id), Rating = DeskViews.Rating(room, v.Id) });
        var rows = room.Visits
            .Where(v => OnBoard.Contains(v.State))
            .Select(v => Row(room, v, PlaceOf(v), promised) with { Care = DeskViews.Care(room, v.Id) })
            .Select(r => DeskViews.WithNudge(r, room))
            .Select(r => LateCheckInViews.WithReachedUs(r, room))
            .OrderBy(r => r.ProviderName, StringComparer.Ordinal)
            .ThenBy(r => r.Status switch { VisitStatus.InRoom => 0, VisitStatus.Called => 1, _ => 2 })
            .ThenBy(r => r.PlaceInLine)
            .ToList();
        var late = room.Clinic.Providers
            .Select(p => room.DelayOf(p.Id) is { Minutes: > 0 } d ? new RunningLate(p.Id, p.Name, d.Minutes, d.Said, d.SetAt, (LateReasonKind)(int)d.Kind) : null)
            .OfType<RunningLate>()
            .ToList();
        var accuracy = Accuracy(room, promised);
        var board = new ReceptionBoard(now, rows, accuracy, late, DeskViews.OpenAlerts(room), DeskViews.Today(room, accuracy))
        {
            HeldUp = HeldUpViews.From(room, estimates, now),
            LateCheckIns = LateCheckInViews.NeedingALook(room),
        };
        return new RoomSnapshot(board, tickets);
    }

    /// <summary>What each called patient was told at check-in against what they waited.</summary>
    public static EstimateAccuracy? Accuracy(WaitingRoomDay room, IReadOnlyDictionary<Guid, WaitEstimate> promised)
    {
        var judged = room.Visits
            .Where(v => v.Waited is not null && promised.ContainsKey(v.Id))
            .Select(v => (Told: promised[v.Id], Waited: v.Waited!.Value.TotalMinutes))
            .ToList();
        return judged.Count == 0
            ? null
            : new EstimateAccuracy(
                judged.Count,
                judged.Average(j => Math.Abs(j.Told.LikelyMinutes - j.Waited)),
                judged.Count(j => j.Told.Covers(j.Waited)) / (double)judged.Count);
    }

    /// <summary>A patient's own view; <paramref name="place"/> is theirs in <see cref="WaitingRoomDay.PlacesInLine"/>.</summary>
    public static TicketView Ticket(WaitingRoomDay room, Visit visit, int? place, IReadOnlyDictionary<Guid, WaitEstimate> estimates, Func<string, string> phoneUrl) => new(
        visit.Ticket.Token,
        visit.Ticket.Code,
        room.Clinic.Provider(visit.ProviderId).Name,
        Status(visit.State),
        place,
        estimates.TryGetValue(visit.Id, out var e) ? Range(e) : null,
        visit.Room,
        phoneUrl(visit.Ticket.Token));

    public static VisitStatus Status(VisitState state) => state switch
    {
        VisitState.Expected => VisitStatus.Expected,
        VisitState.Arrived => VisitStatus.Waiting,
        VisitState.Called => VisitStatus.Called,
        VisitState.InRoom => VisitStatus.InRoom,
        VisitState.Done => VisitStatus.Done,
        VisitState.NoShow => VisitStatus.NoShow,
        VisitState.LeftWithoutBeingSeen => VisitStatus.LeftWithoutBeingSeen,
        VisitState.Cancelled => VisitStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static WaitRange Range(WaitEstimate e) => new(e.LowMinutes, e.LikelyMinutes, e.HighMinutes, e.Reason)
    {
        ReasonParts = [.. e.Parts.Select(p => new WaitReasonPart(p.Key, p.Values))],
    };

    private static BoardRow Row(WaitingRoomDay room, Visit v, int? place, IReadOnlyDictionary<Guid, WaitEstimate> promised) => new(
        v.Id,
        v.Ticket.Code,
        v.Patient.DisplayName,
        v.ProviderId,
        room.Clinic.Provider(v.ProviderId).Name,
        room.Clinic.VisitType(v.Appointment.VisitTypeId).Name,
        TimeOnly.FromDateTime(room.Clinic.LocalTime(v.Appointment.StartsAt).DateTime),
        v.ArrivedAt ?? v.Appointment.StartsAt,
        Status(v.State),
        place,
        promised.TryGetValue(v.Id, out var p) ? Range(p) : null,
        v.Room,
        WalkIn: v.Appointment.WalkIn,
        WalkInReason: v.Appointment.WalkInReason,
        CanUndo: v.CanUndo);

    /// <summary>What the TV says about providers running late: name, minutes and a fixed reason, never the desk's typed words.</summary>
    public static IReadOnlyList<LateNotice> LateNotices(ReceptionBoard board) =>
        [.. (board.RunningLate ?? []).Select(l => new LateNotice(l.ProviderName, l.Minutes, l.Kind))];

    /// <summary>"Dr Lee seems about 15 min behind — Confirm / Not now", for each provider the day thinks is late and nobody said so.</summary>
    public static IReadOnlyList<DelaySuggestion> Suggestions(WaitingRoomDay room, DateTimeOffset now) =>
        [.. room.DelaySuggestions(now).Select(s => new DelaySuggestion(s.Provider.Id, s.Provider.Name, s.Minutes))];
}
