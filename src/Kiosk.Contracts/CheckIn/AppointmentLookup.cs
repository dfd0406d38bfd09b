namespace Kiosk.Contracts;

public sealed record AppointmentLookup(string LastName, DateOnly DateOfBirth);

public enum LookupOutcome
{
    Found,
    NotFound,
    /// <summary>More than one appointment matches: the patient is sent to the desk, nothing is revealed.</summary>
    SeeReception,
    AlreadyCheckedIn,
}

/// <summary>What the kiosk may show before check-in: enough for "is this you?", nothing more.</summary>
public sealed record AppointmentSummary(Guid AppointmentId, string FirstName, string ProviderName, string VisitTypeName, TimeOnly Time);

public sealed record AppointmentLookupResult(LookupOutcome Outcome, AppointmentSummary? Appointment, TicketView? ExistingTicket);
