namespace Kiosk.Hub.Persistence;

public sealed class AppointmentRow
{
    public Guid Id { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public required string ProviderId { get; set; }
    public required string VisitTypeId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public bool WalkIn { get; set; }

    /// <summary>The code on the patient's reminder letter; null for walk-ins.</summary>
    public string? ConfirmationCode { get; set; }

    /// <summary>The clinic system's id for it ("Appointment/123", "csv:A17"); null for walk-ins and demo bookings.</summary>
    public string? SourceId { get; set; }

    /// <summary>The length the clinic's system booked, when it said.</summary>
    public int? Minutes { get; set; }

    /// <summary>The reason a walk-in gave at the kiosk ("unwell", "prescription"…); null for bookings and walk-ins from before it was kept.</summary>
    public string? WalkInReason { get; set; }
}

public sealed class VisitRow
{
    public Guid Id { get; set; }
    public DateOnly Day { get; set; }
    public Guid AppointmentId { get; set; }
    public required string Code { get; set; }
    public required string Token { get; set; }
    public required string State { get; set; }
    public Guid CheckInKey { get; set; }

    /// <summary>The range the patient was told at check-in: reception compares the wait against it.</summary>
    public int? PromisedLow { get; set; }
    public int? PromisedLikely { get; set; }
    public int? PromisedHigh { get; set; }
    public string? PromisedReason { get; set; }

    /// <summary>What the patient told us at the kiosk (JSON, see StoredCareNotes); staff only, never logged.</summary>
    public string? CareNotes { get; set; }

    public List<VisitEventRow> Events { get; set; } = [];
}

public sealed class VisitEventRow
{
    public long Id { get; set; }
    public Guid VisitId { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public string? Room { get; set; }
    public string? ToProvider { get; set; }
}

/// <summary>An estimate as a patient saw it (kiosk, phone), kept to measure how honest we were.</summary>
public sealed class ShownEstimateRow
{
    public long Id { get; set; }
    public Guid VisitId { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset At { get; set; }
    public int Low { get; set; }
    public int Likely { get; set; }
    public int High { get; set; }
}

/// <summary>"Running about 20 minutes late", as reception said it. The reason is shown to patients.</summary>
public sealed class ProviderDelayRow
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public required string ProviderId { get; set; }
    public int Minutes { get; set; }
    public required string Reason { get; set; }

    /// <summary>One of the clinic's fixed reasons by name; null for the desk's own words in <see cref="Reason"/>.</summary>
    public string? ReasonKind { get; set; }
    public required string By { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
