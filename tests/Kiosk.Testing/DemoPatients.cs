using Kiosk.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Kiosk.Testing;

/// <summary>Patients from kiosk-content/clinic.demo.json, which the test hub seeds for today.</summary>
public static class DemoPatients
{
    public static readonly AppointmentLookup Rahman = new("Rahman", new DateOnly(1990, 11, 2));
    public static readonly AppointmentLookup Adeyemi = new("Adeyemi", new DateOnly(1982, 5, 17));
    public static readonly AppointmentLookup OBrien = new("O'Brien", new DateOnly(1958, 1, 21));
    public static readonly AppointmentLookup Chen = new("Chen", new DateOnly(1966, 9, 8));

    /// <summary>Jack and Jane Smith share a last name and a birthday.</summary>
    public static readonly AppointmentLookup Smith = new("Smith", new DateOnly(1950, 6, 1));

    /// <summary>What the kiosk does: find the appointment, then check in for it.</summary>
    public static async Task<TicketView> CheckInAsync(this HubConnection kiosk, AppointmentLookup patient) =>
        await kiosk.CheckInAsync(patient, await kiosk.FindAppointmentIdAsync(patient), Guid.NewGuid());

    public static Task<TicketView> CheckInAsync(this HubConnection kiosk, AppointmentLookup patient, Guid appointmentId, Guid key) =>
        kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.CheckIn), new CheckInRequest(key, appointmentId, patient.LastName, patient.DateOfBirth));

    public static async Task<Guid> FindAppointmentIdAsync(this HubConnection kiosk, AppointmentLookup patient)
    {
        var found = await kiosk.ValueAsync<AppointmentLookupResult>(nameof(IWaitingRoomHub.FindAppointment), patient);
        Assert.That(found.Outcome, Is.EqualTo(LookupOutcome.Found), $"{patient.LastName} should have an appointment today");
        return found.Appointment!.AppointmentId;
    }
}
