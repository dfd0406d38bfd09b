using Kiosk.Hub.Clinic;
using Kiosk.Contracts;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

/// <summary>
/// Seeds a demo day: the clinic file's demo appointments placed around the current time, so
/// the demo can be checked into whenever it is started, even after midnight. With
/// Hub:SeedDemoArrivals some patients are already waiting, and a phone link to one of them is
/// written to the data directory for the demo script to print. Booked and checked in through the
/// day, and stored in one transaction.
/// </summary>
public sealed class DemoAppointments(ClinicFile file, ClinicProfile clinic, TimeProvider time, IConfiguration config, IWaitEstimator estimator, PhoneLinks links)
{
    public const string PhoneLinkFile = "demo-phone-link.txt";

    public bool Enabled => config.GetValue("Hub:SeedDemoAppointments", false) && file.DemoAppointments is { Count: > 0 };

    private bool SeedArrivals => config.GetValue("Hub:SeedDemoArrivals", false);

    public async Task EnsureSeededAsync(WaitingRoomStore store, DateOnly day, CancellationToken ct = default)
    {
        if (!Enabled)
        {
            return;
        }

        await using var transaction = await store.BeginAsync(ct);
        var version = await store.VersionAsync(day, ct);
        var room = await store.LoadDayAsync(day, ct);
        if (room.Appointments.Count > 0)
        {
            return;
        }

        var now = clinic.LocalTime(time.GetUtcNow());
        var anchor = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute / 5 * 5, 0, now.Offset);
        var seeded = file.DemoAppointments!.Select(a => (Entry: a, Appointment: new Appointment(
            Guid.NewGuid(),
            day,
            anchor.AddMinutes(a.InMinutes),
            a.Provider,
            a.VisitType,
            new PatientIdentity(a.FirstName, a.LastName, a.DateOfBirth),
            ConfirmationCode: Code(a.ConfirmationCode)))).ToList();
        foreach (var (_, appointment) in seeded)
        {
            room.Book(appointment);
        }

        var (promised, link) = SeedArrivals ? Arrive(room, seeded.Where(s => s.Entry.ArrivedMinutesAgo is not null)) : ([], null);
        if (!await store.TryMoveVersionAsync(day, version, ct))
        {
            return; // another hub seeded the day meanwhile
        }

        // Seeding is a change of the room like any other: every hub's cached view of it is now old.
        await store.SaveDayAsync(room, promised, ct);
        await transaction.CommitAsync(ct);
        if (link is not null && config["Hub:DataDirectory"] is { Length: > 0 } dir)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, PhoneLinkFile), link + Environment.NewLine, ct);
        }
    }

    /// <summary>The demo's own code when the file gives one (so a demo can type it), else a fresh one as an importer would make.</summary>
    private static string Code(string? given) =>
        ConfirmationCode.TryNormalise(given, out var code) ? code : ConfirmationCode.New();

    /// <summary>Checks the demo's early patients in, longest-waiting first, each promised what the room forecast when they came; and a phone link to the first.</summary>
    private (Dictionary<Guid, WaitEstimate> Promised, string? Link) Arrive(WaitingRoomDay room, IEnumerable<(ClinicFile.DemoAppointmentEntry Entry, Appointment Appointment)> arrivals)
    {
        var promised = new Dictionary<Guid, WaitEstimate>();
        string? link = null;
        foreach (var (entry, appointment) in arrivals.OrderByDescending(a => a.Entry.ArrivedMinutesAgo))
        {
            var visit = room.CheckIn(Guid.NewGuid(), appointment.Id, appointment.Patient.LastName, appointment.Patient.DateOfBirth, "demo", time.GetUtcNow().AddMinutes(-entry.ArrivedMinutesAgo!.Value)).Visit;
            if (estimator.Estimate(room, time.GetUtcNow()).GetValueOrDefault(visit.Id) is { } estimate)
            {
                promised[visit.Id] = estimate;
            }

            link ??= links.For(visit.Ticket.Token);
        }

        return (promised, link);
    }
}
