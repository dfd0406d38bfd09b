using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

/// <summary>Sent by name ("Waiting"), not number: the phone page's JavaScript reads it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VisitStatus>))]
public enum VisitStatus
{
    Expected,
    Waiting,
    Called,
    InRoom,
    Done,
    NoShow,
    LeftWithoutBeingSeen,
    Cancelled,
}

/// <summary>An honest range, in minutes until called, with the reason in plain words.</summary>
public sealed record WaitRange(int LowMinutes, int LikelyMinutes, int HighMinutes, string Reason);

/// <summary>One visit as its holder (the patient at the kiosk or on the phone) may see it.</summary>
public sealed record TicketView(
    string Token,
    string Code,
    string ProviderName,
    VisitStatus Status,
    int? PlaceInLine,
    WaitRange? Estimate,
    string? Room,
    string PhoneUrl,
    HelpState? Help = null);
