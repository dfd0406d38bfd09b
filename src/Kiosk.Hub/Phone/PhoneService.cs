using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Visits;

namespace Kiosk.Hub.Phone;

/// <summary>
/// The patient's phone: its ticket, "I need help now" (and taking it back) and "How was your visit today?". A phone
/// proves itself with the ticket token only; a token that is not today's gets null, never a visit.
/// </summary>
public sealed class PhoneService(WaitingRoomService room, ILogger<PhoneService> log)
{
    /// <summary>Who raises "I need help now": the patient's phone.</summary>
    private const string ByPhone = "phone";

    public async Task<TicketView?> TicketAsync(string token, CancellationToken ct = default)
    {
        var (day, snapshot) = await room.ReadAsync(ct);
        return day.VisitByToken(token) is { } visit ? snapshot.Tickets[visit.Id] : null;
    }

    /// <summary>"I need help now" from the ticket's phone. While the alert is open, pressing again changes nothing.</summary>
    public Task<TicketView?> NeedHelpAsync(string token, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, (day, visit, now) =>
        {
            if (!day.NeedHelp(visit, ByPhone, now))
            {
                return new RoomChange(visit.Id, [], null);
            }

            log.LogWarning("Ticket {Code} asked for help now.", visit.Ticket.Code);
            return new RoomChange(visit.Id, [visit.Id], null, BoardChanged: true);
        }, ct);

    /// <summary>"I no longer need help" from the ticket's phone: the open alert leaves reception's screens. With none open, nothing changes.</summary>
    public Task<TicketView?> NoLongerNeedHelpAsync(string token, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, (day, visit, now) => day.NoLongerNeedHelp(visit, now)
            ? new RoomChange(visit.Id, [visit.Id], null, BoardChanged: true)
            : new RoomChange(visit.Id, [], null), ct);

    /// <summary>
    /// "How was your visit today?" from the ticket's phone, once the patient has been seen (in the
    /// room or done). A second tap replaces the first. Null when the token is not today's.
    /// </summary>
    public Task<TicketView?> RateAsync(string token, VisitRating rating, CancellationToken ct = default) =>
        ChangeByTokenAsync(token, (day, visit, now) =>
        {
            day.Rate(visit, DeskViews.Rating(rating), now);
            return new RoomChange(visit.Id, [visit.Id], null, BoardChanged: true);
        }, ct);

    private async Task<TicketView?> ChangeByTokenAsync(string token, Func<WaitingRoomDay, Visit, DateTimeOffset, RoomChange> change, CancellationToken ct)
    {
        var (current, _) = await room.ReadAsync(ct);
        if (current.VisitByToken(token) is null)
        {
            return null;
        }

        var (made, snapshot) = await room.ChangeAsync((day, _, now) =>
            Task.FromResult(change(day, day.VisitByToken(token) ?? throw new VisitNotFoundException(), now)), ct);
        return snapshot.Tickets[made.VisitId];
    }
}
