using Bundle = Hl7.Fhir.Model.Bundle;
using Kiosk.Contracts;
using Kiosk.Hub.Clinic;
using Kiosk.Hub.Integrations;
using Kiosk.Hub.Integrations.Fhir;
using Kiosk.Hub.Room;
using Kiosk.WaitingRoom;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Estimates;
using Kiosk.WaitingRoom.Schedule;

namespace Kiosk.Hub.Demo;

/// <summary>
/// Seeds a demo day the way a clinic's day arrives: the clinic file's "demoDay" is a FHIR R4
/// searchset (kiosk-content/demo-day.fhir.json) read by the same reader and followed by the same
/// rule as any import. Its times are placed around now (the bundle's timestamp becomes the
/// current five minutes) and kept on today's list, so the demo can be checked into whenever it is
/// started, even just before midnight. Appointments the bundle says "arrived" are in the waiting
/// room already, since their meta.lastUpdated, unless Hub:SeedDemoArrivals is off; a phone link
/// to the one furthest back in line is written to the data directory for the demo script to print.
/// </summary>
public sealed class DemoAppointments(ClinicFile file, ClinicProfile clinic, TimeProvider time, IConfiguration config, IWaitEstimator estimator, PhoneLinks links, DemoDayBundle bundle) : IDaySeeding
{
    public const string PhoneLinkFile = "demo-phone-link.txt";
    public const string Source = "FHIR file (demo day)";

    public bool Enabled => config.GetValue("Hub:SeedDemoAppointments", false) && file.DemoDay is not null;

    private bool SeedArrivals => config.GetValue("Hub:SeedDemoArrivals", false);

    /// <summary>The demo day placed around <paramref name="now"/>, on <paramref name="day"/>'s list.</summary>
    public IReadOnlyList<SourceAppointment> PlacedAround(DateTimeOffset now, DateOnly day)
    {
        var local = clinic.LocalTime(now);
        var anchor = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute / 5 * 5, 0, local.Offset);
        var shift = anchor - bundle.Timestamp;
        return [.. bundle.Read.Appointments.Select(a => a with
        {
            StartsAt = a.StartsAt + shift,
            StatusSince = a.StatusSince + shift,
            ListedOn = day,
            Status = a.Status == SourceStatus.Arrived && !SeedArrivals ? SourceStatus.Booked : a.Status,
        })];
    }

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

        var now = time.GetUtcNow();
        var followed = room.Follow(PlacedAround(now, day), wholeDay: false, ScheduleSource.By, now, ConfirmationCode.New);
        // Each waiting patient is told what the room forecasts now: reception measures the wait against it.
        var estimates = estimator.Estimate(room, now);
        var promised = room.Visits.Where(v => v.IsWaiting && estimates.ContainsKey(v.Id)).ToDictionary(v => v.Id, v => estimates[v.Id]);
        // The demo's phone link is the patient furthest back in line, so "Tell me when I'm 3 away" has something to wait for.
        var places = room.PlacesInLine();
        var link = room.Visits.Where(v => v.IsWaiting).OrderByDescending(v => places.GetValueOrDefault(v.Id)).Select(v => links.For(v.Ticket.Token)).FirstOrDefault();
        if (!await store.TryMoveVersionAsync(day, version, ct))
        {
            return; // another hub seeded the day meanwhile
        }

        // Seeding is a change of the room like any other: every hub's cached view of it is now old.
        store.RecordImport(ScheduleImporter.Report(followed, Source, now, []));
        await store.SaveDayAsync(room, promised, ct);
        await transaction.CommitAsync(ct);
        if (link is not null && config["Hub:DataDirectory"] is { Length: > 0 } dir)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, PhoneLinkFile), link + Environment.NewLine, ct);
        }
    }
}

/// <summary>The demo's day, when the clinic file names one: read (and checked) at start-up.</summary>
public static class DemoSetup
{
    public static IServiceCollection AddDemoDay(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        // Read now, so that a demo day with a problem stops the hub at start with one line.
        var file = (ClinicFile)services.Single(d => d.ServiceType == typeof(ClinicFile)).ImplementationInstance!;
        var clinic = (ClinicProfile)services.Single(d => d.ServiceType == typeof(ClinicProfile)).ImplementationInstance!;
        services.AddSingleton(DemoDayBundle.Load(file, RoomSetup.ClinicFilePath(config, env), clinic));
        services.AddSingleton<IDaySeeding, DemoAppointments>();
        return services;
    }
}

/// <summary>The demo day's bundle, read once at start-up; a bundle with any problem stops the hub with one line.</summary>
public sealed record DemoDayBundle(DateTimeOffset Timestamp, ScheduleRead Read)
{
    public static readonly DemoDayBundle None = new(DateTimeOffset.UnixEpoch, ScheduleRead.Empty);

    /// <summary>The clinic file's demoDay, relative to the clinic file's folder.</summary>
    public static DemoDayBundle Load(ClinicFile file, string clinicFilePath, ClinicProfile clinic)
    {
        if (file.DemoDay is null)
        {
            return None;
        }

        var path = Path.GetFullPath(file.DemoDay, Path.GetDirectoryName(clinicFilePath)!);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Clinic file {clinicFilePath}: demoDay '{file.DemoDay}' is not there ({path}).");
        }

        var json = File.ReadAllText(path);
        if (FhirJson.TryRead(json, out var why) is not Bundle { Timestamp: { } timestamp } bundle)
        {
            throw new InvalidDataException($"Demo day {path} is not a FHIR Bundle with a timestamp{(why is null ? "" : $": {why}")}.");
        }

        var read = new FhirSchedule(new SourceMapping(file), clinic).Read(bundle);
        return read.IsClean
            ? new DemoDayBundle(timestamp, read)
            : throw new InvalidDataException($"Demo day {path}: {string.Join("; ", read.Problems)}.");
    }
}
