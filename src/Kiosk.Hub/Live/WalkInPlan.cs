using Kiosk.Contracts;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;

namespace Kiosk.Hub.Live;

/// <summary>Where a walk-in goes: a visit type that fits the reason, with the provider whose line is shortest.</summary>
public static class WalkInPlan
{
    public static (string ProviderId, string VisitTypeId) For(WaitingRoomDay room, string reason)
    {
        var clinic = room.Clinic;
        var visitType = Preferred(reason).Select(id => clinic.VisitTypes.FirstOrDefault(v => v.Id == id)).FirstOrDefault(v => v is not null)
            ?? clinic.VisitTypes[0];
        var provider = clinic.Providers.MinBy(p => room.Queue(p.Id).Count) ?? clinic.Providers[0];
        return (provider.Id, visitType.Id);
    }

    private static string[] Preferred(string reason) => reason switch
    {
        WalkInReasons.Test => ["bloods", "checkup"],
        WalkInReasons.Prescription => ["follow-up", "checkup"],
        _ => ["checkup"],
    };

}
