using System.Text.Json.Serialization;

namespace Kiosk.Contracts;

/// <summary>"How was your visit today?": one tap on the phone once the patient has been seen. Sent by name: the phone page reads it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VisitRating>))]
public enum VisitRating
{
    NotGood = 1,
    Okay = 2,
    Good = 3,
}

/// <summary>A patient's one tap, proved by their ticket token as "I need help now" is.</summary>
public sealed record RateVisitRequest(string Token, VisitRating Rating);

/// <summary>How the patients seen today who answered said it went; nobody is asked twice, a second tap replaces the first.</summary>
public sealed record RatingsToday(int Good, int Okay, int NotGood)
{
    public int Answered => Good + Okay + NotGood;
}
