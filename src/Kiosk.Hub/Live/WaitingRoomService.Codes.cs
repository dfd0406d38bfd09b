using Kiosk.Contracts;
using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.Hub.Live;

/// <summary>
/// Check-in by confirmation code. A wrong code counts against the kiosk it came from (see
/// <see cref="CodeTries"/>); a kiosk over its tries is told so before any code is looked at.
/// </summary>
public sealed partial class WaitingRoomService
{
    public async Task<AppointmentLookupResult> FindByCodeAsync(string code, string kiosk, CancellationToken ct = default)
    {
        if (await tries.IsLockedOutAsync(kiosk, ct))
        {
            return new(LookupOutcome.TooManyTries, null, null);
        }

        var (room, snapshot) = await ReadAsync(ct);
        var found = room.FindByCode(code);
        if (found.Appointment is null)
        {
            await tries.WrongAsync(kiosk, ct);
            log.LogInformation("A confirmation code was not found.");
        }

        return Result(found, snapshot);
    }

    public async Task<TicketView> CheckInByCodeAsync(CodeCheckInRequest request, string by, CancellationToken ct = default)
    {
        if (await tries.IsLockedOutAsync(by, ct))
        {
            throw new CheckInRefusedException(CheckInRefusal.AppointmentNotFound, "Too many codes were tried at this kiosk. Please see the front desk.");
        }

        try
        {
            var (change, snapshot) = await ChangeAsync((room, _, now) =>
            {
                var outcome = room.CheckInByCode(request.IdempotencyKey, request.Code, by, now, clinic.CheckInWindow, DeskViews.Care(request.Care));
                if (outcome.Created)
                {
                    log.LogInformation("Checked in ticket {Code} with {Provider} by confirmation code.", outcome.Visit.Ticket.Code, outcome.Visit.ProviderId);
                }

                return Task.FromResult(new Change(outcome.Visit.Id, outcome.Created ? room.Queue(outcome.Visit.ProviderId).Select(v => v.Id).ToList() : [], null) );
            }, ct);
            return snapshot.Tickets[change.VisitId];
        }
        catch (CheckInRefusedException e) when (e.Reason == CheckInRefusal.AppointmentNotFound)
        {
            await tries.WrongAsync(by, ct);
            throw;
        }
    }
}
