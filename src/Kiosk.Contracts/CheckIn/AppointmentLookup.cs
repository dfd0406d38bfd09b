namespace Kiosk.Contracts;

/// <summary>
/// Find today's appointment by birth date and surname. With <paramref name="FirstLettersOnly"/> the
/// name is only the first letters typed so far (at least <see cref="MinFirstLetters"/>): the hub
/// finds the one patient they point at, or asks for one more letter (<see cref="LookupOutcome.OneMoreLetter"/>).
/// <paramref name="Session"/> is the kiosk's check-in session, as on <see cref="CodeLookup"/>: names matching
/// nobody are counted per session, so one patient's mistakes never hold up the next.
/// </summary>
public sealed record AppointmentLookup(string LastName, DateOnly DateOfBirth, bool FirstLettersOnly = false, Guid Session = default)
{
    /// <summary>Letters the kiosk always asks for before it searches by itself: the domain's rule (SurnameStart.MinLetters), on the wire.</summary>
    public const int MinFirstLetters = 2;
}

public enum LookupOutcome
{
    Found,
    NotFound,
    /// <summary>More than one appointment matches: the patient is sent to the desk, nothing is revealed.</summary>
    SeeReception,
    AlreadyCheckedIn,

    /// <summary>Check-in has not opened yet for this appointment: <see cref="AppointmentLookupResult.Times"/> says when it does.</summary>
    TooEarly,

    /// <summary>Check-in at the kiosk has closed for this appointment: the patient is sent to the desk.</summary>
    TooLate,

    /// <summary>
    /// The first letters given do not tell today's patients with that birth date apart (or are fewer
    /// than <see cref="AppointmentLookup.MinFirstLetters"/>): ask for one more letter, say nothing about anyone.
    /// </summary>
    OneMoreLetter,

    /// <summary>
    /// Too many tries from this kiosk: the patient is sent to the desk. This hub no longer sends it (it
    /// says <see cref="TryAgainSoon"/>); the kiosk still understands it from an older hub.
    /// </summary>
    TooManyTries,

    /// <summary>
    /// Several wrong codes, or names matching nobody, in this session (or very many at this kiosk):
    /// nothing was looked up; try again after <see cref="AppointmentLookupResult.WaitSeconds"/>.
    /// </summary>
    TryAgainSoon,
}

/// <summary>What the kiosk may show before check-in: enough for "is this you?", nothing more.</summary>
public sealed record AppointmentSummary(Guid AppointmentId, string FirstName, string ProviderName, string VisitTypeName, TimeOnly Time);

/// <summary>Clinic-local times for "your appointment is at 14:30, please come back after 13:30".</summary>
public sealed record CheckInTimes(TimeOnly AppointmentAt, TimeOnly OpensAt);

/// <summary>WaitSeconds is set only with <see cref="LookupOutcome.TryAgainSoon"/>.</summary>
public sealed record AppointmentLookupResult(LookupOutcome Outcome, AppointmentSummary? Appointment, TicketView? ExistingTicket, CheckInTimes? Times = null, int? WaitSeconds = null);
