using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<AlertKind>))]
public enum AlertKind
{
    /// <summary>The patient pressed "I need help now" on their phone.</summary>
    HelpNow,

    /// <summary>The patient told the kiosk at check-in they are feeling worse.</summary>
    FeelingWorse,
}

/// <summary>
/// Something reception must not miss: shown on every dashboard, with a sound, until someone says
/// "I'm going". Staff only: it names the patient; never on the TV, never logged.
/// </summary>
public sealed record UrgentAlert(
    Guid Id,
    Guid VisitId,
    string Code,
    string PatientName,
    AlertKind Kind,
    DateTimeOffset RaisedAt,
    string? GoingBy = null,
    DateTimeOffset? GoingAt = null)
{
    /// <summary>What is wrong, in the words the banner uses.</summary>
    public string What => Kind switch
    {
        AlertKind.HelpNow => "asked for help now from their phone",
        _ => "said at check-in they are feeling worse",
    };
}

/// <summary>Reception: "I'm going" to the patient behind this alert.</summary>
public sealed record AcknowledgeAlertRequest(Guid AlertId);

/// <summary>What the patient's phone shows after "I need help now".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HelpState>))]
public enum HelpState
{
    /// <summary>Reception has been alerted; nobody has said they are going yet.</summary>
    Asked,

    /// <summary>A receptionist said "I'm going": someone is coming to the patient.</summary>
    Coming,

    /// <summary>The patient said they no longer need help; they may ask again.</summary>
    Withdrawn,
}
