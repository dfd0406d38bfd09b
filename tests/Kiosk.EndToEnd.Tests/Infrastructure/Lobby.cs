using Kiosk.Contracts;
using Kiosk.Hub.Clinic;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One clinic's lobby for a fixture: a hub with a fresh data directory and the demo day, and a
/// kiosk enrolled with it. Each fixture gets its own, so no test sees another's check-ins.
/// </summary>
public sealed class Lobby : IAsyncDisposable
{
    private Lobby(HubServer hub, KioskServer kiosk)
    {
        Hub = hub;
        Kiosk = kiosk;
    }

    public string KioskKey => Hub.KioskKey;
    public string StaffPasscode => Hub.StaffPasscode;
    public HubServer Hub { get; }
    public KioskServer Kiosk { get; }

    /// <summary>Everything the demo day names as a patient: what a public screen must never show.</summary>
    public IReadOnlyList<string> DemoPatientNames =>
        [.. Hub.Services.GetRequiredService<Kiosk.Hub.Demo.DemoDayBundle>().Read.Appointments.SelectMany(a => new[] { a.Patient.FirstName, a.Patient.LastName }).Distinct()];

    public static async Task<Lobby> StartAsync(TimeProvider? kioskTime = null, TimeProvider? hubTime = null)
    {
        var hub = new HubServer(time: hubTime);
        KioskServer? kiosk = null;
        try
        {
            kiosk = KioskServer.Start(hub.BaseAddress, hub.KioskKey, kioskTime);
            await kiosk.WaitUntilOnlineAsync(TimeSpan.FromSeconds(30));
            return new Lobby(hub, kiosk);
        }
        catch
        {
            if (kiosk is not null)
            {
                await kiosk.DisposeAsync();
            }

            await hub.DisposeAsync();
            hub.DeleteData();
            throw;
        }
    }

    /// <summary>The ticket the hub holds for a patient who has checked in, asked the way a kiosk asks.</summary>
    public async Task<TicketView> TicketOfAsync(DemoPatient patient)
    {
        await using var connection = await Hub.KioskAsync();
        var found = await connection.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), new AppointmentLookup(patient.LastName, patient.DateOfBirth));
        return found is { Outcome: LookupOutcome.AlreadyCheckedIn, ExistingTicket: { } ticket }
            ? ticket
            : throw new InvalidOperationException($"{patient.FullName} has not checked in (lookup said {found.Outcome}).");
    }

    public async ValueTask DisposeAsync()
    {
        await Kiosk.DisposeAsync();
        await Hub.DisposeAsync();
        Hub.DeleteData();
    }
}
