using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using PhoneNumbers;

namespace Kiosk.Hub.Clinic;

/// <summary>A number we can dial (E.164), or why not (one of <see cref="RefusalReasons"/>) with an example the patient can copy.</summary>
public sealed record PhoneCheck(string? E164, string? Reason = null, string? Example = null)
{
    public bool IsValid => E164 is not null;
}

/// <summary>
/// Reads the number a patient typed. Without a country code it is taken as a number of the
/// clinic's region; with one (+34…, 0034…) any country is fine. libphonenumber is not BCL, so
/// this lives in the hub, which is the one place numbers are accepted; the domain only sees E.164.
/// </summary>
public sealed class PhoneInput
{
    private const int MaxInputLength = 40;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public PhoneInput(string defaultRegion)
    {
        if (!IsKnownRegion(defaultRegion)) throw new ArgumentException($"'{defaultRegion}' is not a region libphonenumber knows.", nameof(defaultRegion));
        DefaultRegion = defaultRegion.ToUpperInvariant();
        var example = Util.GetExampleNumberForType(DefaultRegion, PhoneNumberType.MOBILE) ?? Util.GetExampleNumber(DefaultRegion);
        Example = Util.Format(example, PhoneNumberFormat.NATIONAL);
    }

    public string DefaultRegion { get; }

    /// <summary>A mobile number in the clinic's own format, e.g. "07400 123456" for GB.</summary>
    public string Example { get; }

    public static bool IsKnownRegion(string? region) =>
        region is { Length: 2 } && Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    public PhoneCheck Check(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return Refuse(RefusalReasons.PhoneMissing);
        if (typed.Length > MaxInputLength) return Refuse(RefusalReasons.PhoneTooLong);

        PhoneNumber number;
        try
        {
            number = Util.Parse(typed, DefaultRegion);
        }
        catch (NumberParseException e)
        {
            return Refuse(e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => RefusalReasons.PhoneUnknownCountry,
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => RefusalReasons.PhoneTooShort,
                ErrorType.TOO_LONG => RefusalReasons.PhoneTooLong,
                _ => RefusalReasons.PhoneNotANumber,
            });
        }

        if (Util.IsValidNumber(number)) return new PhoneCheck(Util.Format(number, PhoneNumberFormat.E164));

        return Refuse(Util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.TOO_SHORT => RefusalReasons.PhoneTooShort,
            PhoneNumberUtil.ValidationResult.TOO_LONG => RefusalReasons.PhoneTooLong,
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => RefusalReasons.PhoneUnknownCountry,
            PhoneNumberUtil.ValidationResult.INVALID_LENGTH or PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => LengthProblem(number),
            _ => RefusalReasons.PhoneInvalid,
        });
    }

    /// <summary>A length no number there has: say "too short" or "too long" against a real number of that country.</summary>
    private static string LengthProblem(PhoneNumber number)
    {
        var region = Util.GetRegionCodeForCountryCode(number.CountryCode);
        var example = Util.GetExampleNumberForType(region, PhoneNumberType.MOBILE) ?? Util.GetExampleNumber(region);
        if (example is null) return RefusalReasons.PhoneInvalid;
        var length = Util.GetNationalSignificantNumber(number).Length;
        var expected = Util.GetNationalSignificantNumber(example).Length;
        return length < expected ? RefusalReasons.PhoneTooShort : length > expected ? RefusalReasons.PhoneTooLong : RefusalReasons.PhoneInvalid;
    }

    /// <summary>How reception sees a stored number: national for local numbers, international otherwise.</summary>
    public string ForDialling(string e164)
    {
        var number = Util.Parse(e164, DefaultRegion);
        return Util.GetRegionCodeForNumber(number) == DefaultRegion
            ? Util.Format(number, PhoneNumberFormat.NATIONAL)
            : Util.Format(number, PhoneNumberFormat.INTERNATIONAL);
    }

    private PhoneCheck Refuse(string reason) => new(null, reason, Example);
}
