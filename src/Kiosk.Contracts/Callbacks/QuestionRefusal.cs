namespace Kiosk.Contracts.Callbacks;

/// <summary>
/// Why a question was not accepted, as a code the kiosk or phone turns into words in the
/// patient's language, plus an example of what is expected (a phone number in the clinic's format).
/// </summary>
public sealed record QuestionRefusal(string Reason, string? Example = null, int? MaxLength = null);

/// <summary>The reason codes a <see cref="QuestionRefusal"/> carries.</summary>
public static class RefusalReasons
{
    public const string PhoneMissing = "phone-missing";
    public const string PhoneNotANumber = "phone-not-a-number";
    public const string PhoneTooShort = "phone-too-short";
    public const string PhoneTooLong = "phone-too-long";
    public const string PhoneUnknownCountry = "phone-unknown-country";
    public const string PhoneInvalid = "phone-invalid";
    public const string TextTooLong = "text-too-long";
    public const string UnknownTopic = "unknown-topic";
    public const string TicketNotValid = "ticket-not-valid";

    /// <summary>More questions from this ticket in a short time than a patient asks; later works again.</summary>
    public const string TooManyQuestions = "too-many-questions";
}
