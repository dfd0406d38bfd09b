namespace Kiosk.Contracts.Callbacks;

/// <summary>
/// The codes a refused question's <see cref="Refusal"/> carries, which the kiosk or phone turns into
/// words in the patient's language; a phone refusal brings an example in the clinic's format.
/// </summary>
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
    public const string TicketNotValid = RefusalCodes.TicketNotValid;

    /// <summary>More questions from this ticket in a short time than a patient asks; later works again.</summary>
    public const string TooManyQuestions = "too-many-questions";
}
