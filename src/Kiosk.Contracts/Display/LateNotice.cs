namespace Kiosk.Contracts;

/// <summary>
/// What the waiting-room TV says about a provider running late: their name, the minutes and, when
/// reception chose one, the clinic's fixed reason (worded in the TV's language). Never the desk's
/// typed words: the TV is read by the whole room and cannot tell whether they name someone, so a
/// typed reason stays on each patient's own screen and <see cref="Reason"/> is then <see cref="LateReasonKind.Typed"/>.
/// </summary>
public sealed record LateNotice(string ProviderName, int Minutes, LateReasonKind Reason = LateReasonKind.Typed);

/// <summary>
/// Everyone running late as of one change of the room: the TV drops a list whose
/// <see cref="Sequence"/> is older than the one it shows (a push and a first read can cross).
/// </summary>
public sealed record RunningLateNow(IReadOnlyList<LateNotice> Late, long Sequence);
