using System.Text.Json;
using Kiosk.Contracts;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>Whether the hub's answer to a hostile call is one it may give; null when it is, else what is wrong with it.</summary>
public static class HubVerdict
{
    public static string? Problem(HubPayload payload, HubAnswer answer)
    {
        if (answer.Closed)
        {
            // Unreadable JSON, an argument list that is not a list, a message over the size limit: SignalR shuts the connection, which is its refusal.
            return payload.WellFormed ? $"the hub closed the connection ({answer.CloseReason ?? "no reason"})" : null;
        }

        if (answer.Error is { } error)
        {
            // Without detailed errors, an exception nobody handled reaches the caller as exactly this sentence and nothing more.
            return string.IsNullOrWhiteSpace(error) || error.Trim() == $"An unexpected error occurred invoking '{payload.Target}' on the server."
                ? $"an unhandled server error ({error})"
                : null;
        }

        if (answer.Result is not { ValueKind: JsonValueKind.Object } result)
        {
            return $"accepted, answering {answer.Result?.GetRawText() ?? "nothing"}";
        }

        if (IsNobodyFound(payload, result)) return null;
        return result.TryGetProperty("refusal", out var refusal) && refusal.ValueKind == JsonValueKind.Object
            && refusal.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 }
            && refusal.TryGetProperty("message", out var message) && message.GetString() is { Length: > 0 }
            ? null
            : $"accepted, answering {(result.GetRawText() is { Length: > 200 } t ? t[..200] : result.GetRawText())}";
    }

    /// <summary>
    /// A lookup whose input is well-formed but matches nobody ("  Rahman  " reads as the code RAHMAN) answers
    /// "not found" (or "try again soon" after several): the kiosk's ordinary answer, not a refusal, and it names nobody.
    /// </summary>
    private static bool IsNobodyFound(HubPayload payload, JsonElement result) =>
        payload.Target is nameof(IWaitingRoomHub.FindAppointment) or nameof(IWaitingRoomHub.FindAppointmentByCode)
        && result.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("outcome", out var outcome) && outcome.TryGetInt32(out var code)
        && (LookupOutcome)code is LookupOutcome.NotFound or LookupOutcome.TryAgainSoon
        && value.TryGetProperty("appointment", out var appointment) && appointment.ValueKind == JsonValueKind.Null;
}
