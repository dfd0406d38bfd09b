using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Callbacks;
using Microsoft.AspNetCore.SignalR;

namespace Kiosk.Hub.Limits;

/// <summary>One limit on hub calls: its bucket, and what the refused caller is told (English, for the logs; the screens word the code).</summary>
public sealed record CallerLimit(string Name, Func<LimitsOptions, LimitsOptions.Bucket> Bucket, string Refusal)
{
    public static readonly CallerLimit AnonymousCalls = new("hub calls per address", o => o.AnonymousCallsPerAddress,
        "Too many requests from this address. Try again in a minute.");

    public static readonly CallerLimit Lookups = new("lookups per kiosk", o => o.LookupsPerKiosk,
        "This kiosk has looked up more appointments in a short time than a kiosk can. Try again in a few minutes.");

    public static readonly CallerLimit CheckIns = new("check-ins per kiosk", o => o.CheckInsPerKiosk,
        "This kiosk has checked in more people in a short time than a kiosk can. Try again in a few minutes.");

    public static readonly CallerLimit OutboxCheckIns = new("outbox check-ins per kiosk", o => o.OutboxCheckInsPerKiosk,
        "This kiosk has delivered more offline check-ins in a short time than a kiosk can take. Try again in a few minutes.");

    public static readonly CallerLimit Questions = new("questions per ticket", o => o.QuestionsPerTicket,
        "This ticket has sent many questions in a short time. Try again later.");

    public static readonly CallerLimit Help = new("help requests per ticket", o => o.HelpPerTicket,
        "This ticket has asked for help many times in a short time; reception has already been told.");

    /// <summary>
    /// The limits a call counts against, with the partition (and a name for the log that holds no
    /// secret): anonymous callers by address; kiosks by their enrolled id; tickets by token.
    /// </summary>
    public static IEnumerable<(CallerLimit Limit, string Partition, string Who)> For(HubInvocationContext call)
    {
        var user = call.Context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            var address = call.Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            yield return (AnonymousCalls, address, $"address {address}");
        }

        var kiosk = user?.Identity?.Name ?? "unknown";
        switch (call.HubMethodName)
        {
            case nameof(IWaitingRoomHub.FindAppointment) or nameof(IWaitingRoomHub.FindAppointmentByCode):
                yield return (Lookups, kiosk, $"kiosk {kiosk}");
                break;
            case nameof(IWaitingRoomHub.CheckIn) or nameof(IWaitingRoomHub.CheckInByCode) or nameof(IWaitingRoomHub.WalkIn):
                yield return (Told(call.HubMethodArguments) ? OutboxCheckIns : CheckIns, kiosk, $"kiosk {kiosk}");
                break;
            case nameof(IWaitingRoomHub.AskQuestion) when call.HubMethodArguments is [AskQuestionRequest { TicketToken: { Length: > 0 } token }]:
                yield return (Questions, token, "a ticket");
                break;
            case nameof(IWaitingRoomHub.NeedHelpNow) when call.HubMethodArguments is [string { Length: > 0 } token]:
                yield return (Help, token, "a ticket");
                break;
        }
    }

    /// <summary>A check-in the kiosk already told a patient about, delivered late from its outbox.</summary>
    private static bool Told(IReadOnlyList<object?> arguments) => arguments switch
    {
        [CheckInRequest { Outbox.ToldCheckedIn: true }] or [CodeCheckInRequest { Outbox.ToldCheckedIn: true }] or [WalkInRequest { Outbox.ToldCheckedIn: true }] => true,
        _ => false,
    };

    /// <summary>A question refused comes back as the method's own refusal, worded by the screen like any other.</summary>
    public object Refuse(HubInvocationContext call) => call.HubMethodName == nameof(IWaitingRoomHub.AskQuestion)
        ? HubResult.Refused<QuestionStatusView>(QuestionRefusals.For(RefusalReasons.TooManyQuestions))
        : throw new LimitReachedException(HubRefusals.Message(HubRefusals.TooManyRequests, Refusal));
}

/// <summary>A refusal by a limit: logged once a minute by <see cref="RefusalLog"/>, not once per call.</summary>
public sealed class LimitReachedException(string message) : HubException(message);
