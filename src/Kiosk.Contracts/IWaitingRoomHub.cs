using Kiosk.Contracts.Callbacks;
using Kiosk.Contracts.Health;

namespace Kiosk.Contracts;

/// <summary>
/// Client → server calls.
/// <para>
/// One style for refusals: every method that can say no returns a <see cref="HubResult{T}"/> (or a
/// <see cref="HubResult"/> when it has no value) holding either the value or a <see cref="Refusal"/>
/// with a stable code from <see cref="RefusalCodes"/> (questions: <see cref="Callbacks.RefusalReasons"/>)
/// and English for logs and staff. Screens word the code in their reader's language; nobody parses text.
/// </para>
/// <para>
/// What stays a HubException on purpose is the transport saying no before the method runs: a caller
/// without the role (authorization), a revoked device key or staff session (the connection is closed
/// too), and a limit reached (the message starts with <see cref="HubRefusals.TooManyRequests"/>; a question
/// over its ticket's limit is the exception: <see cref="Callbacks.RefusalReasons.TooManyQuestions"/>).
/// Unexpected faults stay server errors. Methods that only read or join a group
/// (<see cref="LobbyWait"/>, <see cref="Appearance"/>, <see cref="CallbackTopics"/>, the <c>Watch…</c> methods other than
/// <see cref="WatchTicket"/>) cannot be refused and return their value plainly.
/// </para>
/// </summary>
public interface IWaitingRoomHub
{
    /// <summary>Kiosk: find today's appointment by last name and date of birth. After six that match nobody in one kiosk session it is told TryAgainSoon, with the seconds (docs/kiosk-codes.md).</summary>
    Task<HubResult<AppointmentLookupResult>> FindAppointment(AppointmentLookup lookup);

    /// <summary>Kiosk: check in for an appointment. The same idempotency key twice returns the first ticket.</summary>
    Task<HubResult<TicketView>> CheckIn(CheckInRequest request);

    /// <summary>Kiosk: find today's appointment by its confirmation code. After five wrong codes in one kiosk session it is told TryAgainSoon, with the seconds (docs/kiosk-codes.md).</summary>
    Task<HubResult<AppointmentLookupResult>> FindAppointmentByCode(CodeLookup lookup);

    /// <summary>Kiosk: check in by confirmation code. The same idempotency key twice returns the first ticket.</summary>
    Task<HubResult<TicketView>> CheckInByCode(CodeCheckInRequest request);

    /// <summary>
    /// Kiosk: someone without an appointment; they join the shortest line for their reason. Like CheckIn and
    /// CheckInByCode, it may come late from the kiosk's outbox, stamped with when it really happened (<see cref="Offline.OutboxStamp"/>).
    /// </summary>
    Task<HubResult<TicketView>> WalkIn(WalkInRequest request);

    /// <summary>Kiosk: the typical wait in the lobby right now, for the attract screen; null when not known.</summary>
    Task<WaitRange?> LobbyWait();

    /// <summary>Kiosk: the clinic's name, colour, logo and time format, for every screen.</summary>
    Task<Clinic.ClinicLook> Appearance();

    /// <summary>
    /// Kiosk: today's appointments, to find booked patients while the hub is out of reach (docs/reliability.md).
    /// Synced on connect and every few minutes; the kiosk encrypts it and deletes it at the end of the day.
    /// </summary>
    Task<Offline.AppointmentCopy> AppointmentCopy();

    /// <summary>Anyone holding a ticket token (phone, kiosk): the visit now, then its live updates.</summary>
    Task<HubResult<TicketView>> WatchTicket(string token);

    /// <summary>Reception: the board now, then its live updates.</summary>
    Task<ReceptionBoard> WatchBoard();

    /// <summary>Reception: call a waiting patient to one of the clinic's rooms; an unknown room is refused (unknown-room) with the list.</summary>
    Task<HubResult<BoardRow>> CallVisit(CallVisitRequest request);

    /// <summary>Kiosk or phone: the topics a patient can ask about, with their promises.</summary>
    Task<IReadOnlyList<CallbackTopicView>> CallbackTopics();

    /// <summary>Kiosk or phone (holding the ticket token): "I have a question". Bad input comes back as a refusal with a reason code, over its ticket's limit too.</summary>
    Task<HubResult<QuestionStatusView>> AskQuestion(AskQuestionRequest request);

    /// <summary>Kiosk or phone: this ticket's questions now; live updates follow once WatchTicket has joined its group.</summary>
    Task<HubResult<IReadOnlyList<QuestionStatusView>>> MyQuestions(string token);

    /// <summary>Reception: the callbacks queue now, then its live updates.</summary>
    Task<CallbackList> WatchCallbacks();

    /// <summary>Reception: "I'm on it". If someone else already is, the refusal (someone-else-has-it) names them.</summary>
    Task<HubResult<CallbackItem>> ClaimCallback(CallbackAction action);

    /// <summary>Reception: a note on the request (who was spoken to, what is pending).</summary>
    Task<HubResult<CallbackItem>> AddCallbackNote(CallbackAction action);

    /// <summary>Reception: answered; Text is what a "tell me here" patient will read.</summary>
    Task<HubResult<CallbackItem>> MarkCallbackAnswered(CallbackAction action);

    /// <summary>Reception: called and could not reach the patient; the attempt is logged and it goes back to be retried.</summary>
    Task<HubResult<CallbackItem>> CallbackCouldNotReach(CallbackAction action);

    /// <summary>Reception: pass to a named role (Text), e.g. "practice manager".</summary>
    Task<HubResult<CallbackItem>> EscalateCallback(CallbackAction action);

    /// <summary>Reception: nothing more to do.</summary>
    Task<HubResult<CallbackItem>> CloseCallback(CallbackAction action);

    /// <summary>Reception: in room, done, no-show, left without being seen, or undo the last action. Null once the visit is off the board.</summary>
    Task<HubResult<BoardRow?>> ActOnVisit(DeskActionRequest request);

    /// <summary>Reception: move a waiting (or expected) patient to another provider.</summary>
    Task<HubResult<BoardRow?>> MoveVisit(MoveVisitRequest request);

    /// <summary>Reception: say a provider is running late (0 clears it); their patients' estimates change with the reason.</summary>
    Task<HubResult<ReceptionBoard>> SetProviderDelay(ProviderDelayRequest request);

    /// <summary>Reception: "I've spoken to them" for a patient waiting past their promise; calms the nudge until the next promise passes.</summary>
    Task<HubResult<BoardRow>> AcknowledgeOverdue(AcknowledgeOverdueRequest request);

    /// <summary>Phone (holding the ticket token): "I need help now". Every dashboard is alerted; pressing again while the alert is open changes nothing.</summary>
    Task<HubResult<TicketView>> NeedHelpNow(string token);

    /// <summary>Phone (holding the ticket token): "I no longer need help". The open alert leaves every dashboard; with none open, nothing changes.</summary>
    Task<HubResult<TicketView>> NoLongerNeedHelp(string token);

    /// <summary>Phone (holding the ticket token): "How was your visit today?", once seen. A second tap replaces the first.</summary>
    Task<HubResult<TicketView>> RateVisit(RateVisitRequest request);

    /// <summary>Reception: "I'm going" to an urgent alert; it clears on every dashboard. If someone else already is, the refusal (someone-else-has-it) names them.</summary>
    Task<HubResult<UrgentAlert>> AcknowledgeAlert(AcknowledgeAlertRequest request);

    /// <summary>Reception: "Not now" to a delay suggestion; the provider's suggestion stays away for a while unless the delay grows.</summary>
    Task<HubResult<ReceptionBoard>> DismissDelaySuggestion(DismissDelaySuggestionRequest request);

    /// <summary>Waiting-room TV: the codes called recently, then live calls.</summary>
    Task<IReadOnlyList<CalledTicket>> WatchDisplay();

    /// <summary>Waiting-room TV: providers running late now (name and minutes, never the reason), then RunningLateShown when that changes.</summary>
    Task<RunningLateNow> WatchRunningLate();

    /// <summary>Kiosk: "I am here", on connect and every 15 s. The kiosk is named by its enrolment, not by the report.</summary>
    Task<HubResult> KioskHeartbeat(KioskHealthReport report);

    /// <summary>Reception: "I've seen it" for a check-in an offline kiosk delivered late (LateCheckIns on the board).</summary>
    Task<HubResult<ReceptionBoard>> SeenLateCheckIn(SeenLateCheckInRequest request);

    /// <summary>Reception: every enrolled kiosk's health now, then live updates (KiosksChanged).</summary>
    Task<KioskList> WatchKiosks();
}
