using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Kiosk.WaitingRoom.CheckIn;

namespace Kiosk.App.Core.Offline;

/// <summary>
/// Finding a booked patient in the kiosk's copy while the hub is away, by the hub's own rules and with
/// the same answers it gives: the name and birth date (or the first letters, <see cref="SurnameStart"/>),
/// or the confirmation code; several matches or someone already arrived → the desk; outside the
/// check-in window → when to come back. Misses make the session wait as at the hub (<see cref="NameGuard.Waits"/>, <see cref="CodeGuard.Waits"/>).
/// Null answers mean "no copy of today": the screen says it cannot look appointments up right now.
/// </summary>
public sealed class OfflineAppointments(AppointmentCopyStore copies, TimeProvider time)
{
    private readonly List<Miss> _nameMisses = [];
    private readonly List<Miss> _codeMisses = [];
    private readonly HashSet<Guid> _checkedInHere = [];

    public bool HasCopy => copies.Current() is not null;

    public AppointmentLookupResult? Find(AppointmentLookup lookup)
    {
        if (copies.Current() is not { } copy)
        {
            return null;
        }

        if (Wait(_nameMisses, NameGuard.Waits, lookup.Session) is { } waiting)
        {
            return waiting;
        }

        var sameBirth = copy.Appointments.Where(a => a.DateOfBirth == lookup.DateOfBirth).ToList();
        if (lookup.FirstLettersOnly)
        {
            if (NameMatch.Key(lookup.LastName).Length < SurnameStart.MinLetters)
            {
                return new(LookupOutcome.OneMoreLetter, null, null);
            }

            var starting = sameBirth.Where(a => SurnameStart.Starts(lookup.LastName, a.LastName)).ToList();
            if (starting.Count > 1 && starting.Select(a => NameMatch.Key(a.LastName)).Distinct().Count() > 1)
            {
                return new(LookupOutcome.OneMoreLetter, null, null);
            }

            return Answer(copy, starting, _nameMisses, lookup.Session);
        }

        return Answer(copy, sameBirth.Where(a => NameMatch.Same(lookup.LastName, a.LastName)).ToList(), _nameMisses, lookup.Session);
    }

    public AppointmentLookupResult? FindByCode(CodeLookup lookup)
    {
        if (copies.Current() is not { } copy)
        {
            return null;
        }

        if (Wait(_codeMisses, CodeGuard.Waits, lookup.Session) is { } waiting)
        {
            return waiting;
        }

        var found = ConfirmationCode.TryNormalise(lookup.Code, out var code)
            ? copy.Appointments.Where(a => a.Code is { } c && ConfirmationCode.TryNormalise(c, out var booked) && booked == code).ToList()
            : [];
        return Answer(copy, found, _codeMisses, lookup.Session);
    }

    /// <summary>The copied appointment behind a lookup's answer, to stamp on its check-in.</summary>
    public CopiedAppointment? Copied(Guid appointmentId) => copies.Current()?.Appointments.FirstOrDefault(a => a.Id == appointmentId);

    /// <summary>Checked in at this kiosk while offline: found again, they are sent to the desk as the hub would (already arrived).</summary>
    public void CheckedInHere(Guid appointmentId)
    {
        lock (_checkedInHere)
        {
            _checkedInHere.Add(appointmentId);
        }
    }

    private AppointmentLookupResult Answer(AppointmentCopy copy, List<CopiedAppointment> matches, List<Miss> misses, Guid session)
    {
        if (matches is [])
        {
            lock (misses)
            {
                misses.Add(new Miss(session, time.GetUtcNow()));
            }

            return new(LookupOutcome.NotFound, null, null);
        }

        if (matches is not [var a] || a.CheckedIn || ArrivedHere(a.Id))
        {
            // Several, or already arrived (no ticket to show offline): the desk sorts it out; nothing is revealed.
            return new(LookupOutcome.SeeReception, null, null);
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(copy.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var window = new CheckInWindow(copy.OpensMinutesBefore, copy.ClosesMinutesAfter);
        var now = time.GetUtcNow();
        TimeOnly Local(DateTimeOffset at) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var times = new CheckInTimes(Local(a.StartsAt), Local(window.OpensAt(a.StartsAt)));
        return now < window.OpensAt(a.StartsAt) ? new(LookupOutcome.TooEarly, null, null, times)
            : now > window.ClosesAt(a.StartsAt) ? new(LookupOutcome.TooLate, null, null, times)
            : new(LookupOutcome.Found, new AppointmentSummary(a.Id, a.FirstName, a.ProviderName, a.VisitTypeName, Local(a.StartsAt)), null);
    }

    private bool ArrivedHere(Guid id)
    {
        lock (_checkedInHere)
        {
            return _checkedInHere.Contains(id);
        }
    }

    /// <summary>The hub's waits after misses (names and codes counted apart, as there), per session, on this kiosk's memory.</summary>
    private AppointmentLookupResult? Wait(List<Miss> misses, MissWaits waits, Guid session)
    {
        lock (misses)
        {
            var now = time.GetUtcNow();
            misses.RemoveAll(m => now - m.At >= MissWaits.Remembered);
            return waits.SecondsToWait(session, misses, now) is { } seconds
                ? new(LookupOutcome.TryAgainSoon, null, null, WaitSeconds: seconds)
                : null;
        }
    }
}
