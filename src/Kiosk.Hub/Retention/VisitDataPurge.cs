using Kiosk.Hub.Persistence;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Visits;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Retention;

/// <summary>
/// A clinic day past the window keeps what the estimator learns from — appointment times,
/// provider, visit type, walk-in or not, every visit event's time and kind, the numbers told —
/// and loses who the patient was: name and birth date become <see cref="PatientIdentity.Forgotten"/>,
/// the confirmation code, care notes and the told reason (it can quote the desk's words) go, and
/// the phone link is replaced by a fresh random one, so an old link in someone's history opens nothing of theirs.
/// The day's import reports keep their counts and lose their lists of patients; statuses already
/// written back to the clinic system go.
/// </summary>
internal static class VisitDataPurge
{
    public static async Task<int> AppointmentsAndVisitsAsync(HubDb db, DateOnly lastDay, CancellationToken ct)
    {
        var forgotten = PatientIdentity.Forgotten;
        var appointments = await db.Appointments
            .Where(a => a.Day <= lastDay && (a.FirstName != forgotten.FirstName || a.LastName != forgotten.LastName
                || a.DateOfBirth != forgotten.DateOfBirth || a.ConfirmationCode != null))
            .ToListAsync(ct);
        var ids = appointments.Select(a => a.Id).ToHashSet();
        var visits = (await db.Visits.Where(v => v.Day <= lastDay).ToListAsync(ct))
            .Where(v => ids.Contains(v.AppointmentId) || v.CareNotes is not null || v.PromisedReason is not null)
            .ToList();
        foreach (var a in appointments)
        {
            (a.FirstName, a.LastName, a.DateOfBirth, a.ConfirmationCode) = (forgotten.FirstName, forgotten.LastName, forgotten.DateOfBirth, null);
        }

        foreach (var v in visits)
        {
            (v.Token, v.CareNotes, v.PromisedReason) = (VisitTicket.NewToken(), null, null);
        }

        await db.SaveChangesAsync(ct);
        // Reception's list of what the clinic system changed names the patients; the counts stay.
        await db.ScheduleImports.Where(i => i.Day <= lastDay && i.Changes != null).ExecuteUpdateAsync(s => s.SetProperty(i => i.Changes, (string?)null), ct);
        await db.StatusWrites.Where(w => w.Day <= lastDay && w.WrittenAt != null).ExecuteDeleteAsync(ct);
        // Late check-ins from kiosks' outboxes name the patient and hold the phone token the kiosk gave: both go.
        await db.OfflineCheckIns.Where(o => o.Day <= lastDay && o.Who != "-")
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Who, "-").SetProperty(o => o.Token, (string?)null), ct);
        return appointments.Count;
    }

    /// <summary>"Running late" keeps its provider, minutes and time (the estimator learns delays); the words the desk typed go.</summary>
    public static async Task<int> DelayReasonsAsync(HubDb db, DateOnly lastDay, CancellationToken ct)
    {
        var delays = await db.ProviderDelays.Where(d => d.Day <= lastDay && d.Reason != "").ToListAsync(ct);
        foreach (var d in delays)
        {
            d.Reason = "";
        }

        await db.SaveChangesAsync(ct);
        return delays.Count;
    }
}
