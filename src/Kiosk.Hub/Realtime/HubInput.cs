using Kiosk.Contracts;
using Kiosk.WaitingRoom.Text;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// Checks what a client sent before anything is read or written; says what is wrong. Every name
/// and free text goes through <see cref="CleanText"/> first, so lengths are counted on what is kept.
/// </summary>
public static class HubInput
{
    public const int MaxNameLength = 100;
    public const int MaxRoomLength = 40;
    private const int MaxTokenLength = 64;
    private static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    public static AppointmentLookup Lookup(AppointmentLookup? lookup, DateOnly today)
    {
        if (lookup is null) throw RefusedException.Invalid("request", "Send a last name and a date of birth.");
        return lookup with { LastName = LastName(lookup.LastName), DateOfBirth = Birth(lookup.DateOfBirth, today) };
    }

    public static CheckInRequest CheckIn(CheckInRequest? request, DateOnly today)
    {
        if (request is null) throw RefusedException.Invalid("request", "Send the appointment, last name and date of birth to check in.");
        if (request.IdempotencyKey == Guid.Empty) throw RefusedException.Invalid(nameof(CheckInRequest.IdempotencyKey), "The check-in has no idempotency key; send a new random one for each check-in.");
        if (request.AppointmentId == Guid.Empty) throw RefusedException.Invalid(nameof(CheckInRequest.AppointmentId), "The check-in does not say which appointment it is for.");
        return request with { LastName = LastName(request.LastName), DateOfBirth = Birth(request.DateOfBirth, today), Care = Care(request.Care) };
    }

    public static CodeLookup Code(CodeLookup? lookup) => new(Code(lookup?.Code), lookup?.Session ?? Guid.Empty);

    public static CodeCheckInRequest CheckInByCode(CodeCheckInRequest? request)
    {
        if (request is null) throw RefusedException.Invalid("request", "Send the confirmation code to check in.");
        if (request.IdempotencyKey == Guid.Empty) throw RefusedException.Invalid(nameof(CheckInRequest.IdempotencyKey), "The check-in has no idempotency key; send a new random one for each check-in.");
        return request with { Code = Code(request.Code), Care = Care(request.Care) };
    }

    private static string Code(string? code) =>
        ConfirmationCode.TryNormalise(code, out var clean) ? clean
        : throw RefusedException.Invalid(nameof(CodeLookup.Code), $"A confirmation code is {ConfirmationCode.Length} letters and numbers (no 0, O, 1 or I).");

    public static WalkInRequest WalkIn(WalkInRequest? request, DateOnly today)
    {
        if (request is null) throw RefusedException.Invalid("request", "Send a reason, a name and a date of birth to walk in.");
        if (request.IdempotencyKey == Guid.Empty) throw RefusedException.Invalid(nameof(CheckInRequest.IdempotencyKey), "The walk-in has no idempotency key; send a new random one for each walk-in.");
        if (!WalkInReasons.All.Contains(request.Reason)) throw RefusedException.Invalid(nameof(WalkInRequest.Reason), $"Choose a reason from the list: {string.Join(", ", WalkInReasons.All)}.");
        return request with { FirstName = Name(request.FirstName, nameof(WalkInRequest.FirstName), "Please enter a first name."), LastName = LastName(request.LastName), DateOfBirth = Birth(request.DateOfBirth, today), Care = Care(request.Care) };
    }

    public static string Token(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength || !token.All(IsTokenChar))
        {
            throw RefusedException.TicketNotValid("That ticket link is not valid.");
        }

        return token;
    }

    public static (string Token, VisitRating Rating) Rate(RateVisitRequest? request)
    {
        if (request is null) throw RefusedException.Invalid("request", "Send the ticket link and how the visit went.");
        if (!Enum.IsDefined(request.Rating)) throw RefusedException.Invalid(nameof(RateVisitRequest.Rating), "Say how the visit went: Good, Okay or NotGood.");
        return (Token(request.Token), request.Rating);
    }

    public static bool LooksLikeToken(string? token) =>
        !string.IsNullOrWhiteSpace(token) && token.Length <= MaxTokenLength && token.All(IsTokenChar);

    public static CallVisitRequest Call(CallVisitRequest? request)
    {
        if (request is null) throw RefusedException.Invalid("request", "Say which patient to call and to which room.");
        if (request.VisitId == Guid.Empty) throw RefusedException.Invalid(nameof(CallVisitRequest.VisitId), "Say which patient to call.");
        var room = CleanText.Free(request.Room) ?? throw RefusedException.Invalid(nameof(CallVisitRequest.Room), "Say which room the patient should go to.");
        if (room.Length > MaxRoomLength) throw RefusedException.Invalid(nameof(CallVisitRequest.Room), $"A room name can be at most {MaxRoomLength} characters.");
        return request with { Room = room };
    }

    public const int MaxDelayMinutes = 240;
    public const int MaxReasonLength = 80;

    public static DeskActionRequest Act(DeskActionRequest? request)
    {
        if (request is null || request.VisitId == Guid.Empty) throw RefusedException.Invalid(nameof(DeskActionRequest.VisitId), "Say which patient the action is for.");
        if (!Enum.IsDefined(request.Action)) throw RefusedException.Invalid(nameof(DeskActionRequest.Action), "That desk action is not known.");
        return request;
    }

    public static MoveVisitRequest Move(MoveVisitRequest? request, Kiosk.WaitingRoom.Clinic.ClinicProfile clinic)
    {
        if (request is null || request.VisitId == Guid.Empty) throw RefusedException.Invalid(nameof(MoveVisitRequest.VisitId), "Say which patient to move.");
        if (!clinic.Providers.Any(p => p.Id == request.ToProviderId)) throw RefusedException.Invalid(nameof(MoveVisitRequest.ToProviderId), "Say which of the clinic's providers to move the patient to.");
        return request;
    }

    public static ProviderDelayRequest Delay(ProviderDelayRequest? request, Kiosk.WaitingRoom.Clinic.ClinicProfile clinic)
    {
        if (request is null || !clinic.Providers.Any(p => p.Id == request.ProviderId)) throw RefusedException.Invalid(nameof(ProviderDelayRequest.ProviderId), "Say which of the clinic's providers is running late.");
        if (request.Minutes is < 0 or > MaxDelayMinutes) throw RefusedException.Invalid(nameof(ProviderDelayRequest.Minutes), $"A delay is between 0 and {MaxDelayMinutes} minutes.");
        var reason = CleanText.Free(request.Reason) ?? "";
        if (reason.Length > MaxReasonLength) throw RefusedException.Invalid(nameof(ProviderDelayRequest.Reason), $"Keep the reason to {MaxReasonLength} characters; patients read it.");
        if (!Enum.IsDefined(request.Kind)) throw RefusedException.Invalid(nameof(ProviderDelayRequest.Kind), "Choose one of the listed reasons, or type your own.");
        if (request.Kind != LateReasonKind.Typed && reason.Length > 0) throw RefusedException.Invalid(nameof(ProviderDelayRequest.Reason), "Choose one of the listed reasons or type your own, not both.");
        return request with { Reason = reason };
    }

    public static DismissDelaySuggestionRequest NotNow(DismissDelaySuggestionRequest? request, Kiosk.WaitingRoom.Clinic.ClinicProfile clinic) =>
        request is null || !clinic.Providers.Any(p => p.Id == request.ProviderId)
            ? throw RefusedException.Invalid(nameof(DismissDelaySuggestionRequest.ProviderId), "Say which of the clinic's providers the suggestion is about.")
            : request;

    public static AcknowledgeOverdueRequest Overdue(AcknowledgeOverdueRequest? request) =>
        request is null || request.VisitId == Guid.Empty ? throw RefusedException.Invalid(nameof(AcknowledgeOverdueRequest.VisitId), "Say which patient you spoke to.") : request;

    public static AcknowledgeAlertRequest Alert(AcknowledgeAlertRequest? request) =>
        request is null || request.AlertId == Guid.Empty ? throw RefusedException.Invalid(nameof(AcknowledgeAlertRequest.AlertId), "Say which alert you are going to.") : request;

    private static string LastName(string? name) => Name(name, nameof(AppointmentLookup.LastName), "Please enter a last name.");

    /// <summary>A name cleaned (<see cref="CleanText"/>), present and not too long; else a refusal saying which.</summary>
    internal static string Name(string? name, string field, string missing)
    {
        if (!CleanText.TryName(name, out var clean, out var refusal)) throw RefusedException.Invalid(field, refusal!);
        if (clean.Length == 0) throw RefusedException.Invalid(field, missing);
        if (clean.Length > MaxNameLength) throw RefusedException.Invalid(field, $"That name is too long: at most {MaxNameLength} characters.");
        return clean;
    }

    private static DateOnly Birth(DateOnly date, DateOnly today)
    {
        if (date > today) throw RefusedException.Invalid(nameof(CheckInRequest.DateOfBirth), "A date of birth cannot be in the future.");
        if (date < EarliestBirth) throw RefusedException.Invalid(nameof(CheckInRequest.DateOfBirth), "That date of birth is not possible.");
        return date;
    }

    /// <summary>Empty notes become none; blank texts become null; over-long texts are refused, not cut.</summary>
    private static CareNotes? Care(CareNotes? care)
    {
        if (care is null) return null;
        var language = CleanText.Free(care.InterpreterLanguage);
        var other = CleanText.Free(care.Other);
        if (language?.Length > CareNotes.MaxLanguageLength) throw RefusedException.Invalid("Care.InterpreterLanguage", $"An interpreter language can be at most {CareNotes.MaxLanguageLength} characters.");
        if (other?.Length > CareNotes.MaxOtherLength) throw RefusedException.Invalid("Care.Other", $"The note can be at most {CareNotes.MaxOtherLength} characters.");
        var clean = care with { InterpreterLanguage = language, Other = other };
        return clean.Any ? clean : null;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
