namespace Kiosk.Contracts;

/// <summary>A row on the reception board. Staff only: it carries the patient's name.</summary>
public sealed record BoardRow(
    Guid VisitId,
    string Code,
    string PatientName,
    string ProviderId,
    string ProviderName,
    string VisitTypeName,
    TimeOnly? AppointmentTime,
    DateTimeOffset ArrivedAt,
    VisitStatus Status,
    int? PlaceInLine,
    WaitRange? Promised,
    string? Room);

public sealed record ReceptionBoard(DateTimeOffset AsOf, IReadOnlyList<BoardRow> Rows);

public sealed record CallVisitRequest(Guid VisitId, string Room);
