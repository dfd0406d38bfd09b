using Kiosk.Contracts;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Integrations;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Schedule;
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

    /// <summary>
    /// Books patients the demo day lacks, as the clinic's system would send them (an import), with Dr Lee
    /// in a few minutes and on today's list: the kiosk finds them at once.
    /// </summary>
    public async Task BookAsync(params DemoPatient[] patients)
    {
        var time = Hub.Services.GetRequiredService<TimeProvider>();
        var today = Hub.Services.GetRequiredService<ClinicProfile>().Today(time);
        var now = time.GetUtcNow();
        var booked = patients.Select((p, i) => new SourceAppointment($"Appointment/e2e-{Guid.NewGuid():N}", now.AddMinutes(5 + (10 * i)), 10, SourceStatus.Booked,
            "lee", "checkup", new PatientIdentity(p.FirstName, p.LastName, p.DateOfBirth), ListedOn: today));
        var report = await Hub.Services.GetRequiredService<ScheduleImporter>().ImportAsync(new ScheduleRead([.. booked], []), "end-to-end test", new ImportOptions(), default);
        if (!report.Imported)
        {
            throw new InvalidOperationException($"The hub did not book {string.Join(", ", patients.Select(p => p.FullName))}: {string.Join("; ", report.Problems)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Kiosk.DisposeAsync();
        await Hub.DisposeAsync();
        Hub.DeleteData();
    }
}
