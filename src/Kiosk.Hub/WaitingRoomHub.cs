using Kiosk.Contracts;
using Kiosk.Hub.Callbacks;
using Kiosk.Hub.CheckIn;
using Kiosk.Hub.Desk;
using Kiosk.Hub.Display;
using Kiosk.Hub.Health;
using Kiosk.Hub.Offline;
using Kiosk.Hub.Phone;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub;

/// <summary>
/// The waiting room's one realtime endpoint (one URL for kiosks, reception, TVs and phones). Each
/// feature keeps its slice of it beside its own service: CheckIn/, Desk/, Display/, Phone/,
/// Callbacks/, Health/. Who may call what comes from authentication: kiosks by device key,
/// reception by staff sign-in; a phone or TV only proves it holds a token. A refusal comes back as
/// the method's result (see IWaitingRoomHub), made in one place, the RefusalsAsResults filter.
/// </summary>
public sealed partial class WaitingRoomHub(WaitingRoomService room, CheckInService checkIn, DeskService desk, DisplayService display, PhoneService phone,
    CallbackService callbacks, ClinicProfile clinic, TimeProvider time, KioskHealth health, Kiosk.Contracts.Clinic.ClinicLook look,
    AppointmentCopies copies, LateCheckIns lateCheckIns)
    : Microsoft.AspNetCore.SignalR.Hub<IWaitingRoomClient>, IWaitingRoomHub
{
    private string Caller() => Context.User?.Identity?.Name ?? "unknown";
}
