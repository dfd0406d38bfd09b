using Kiosk.WaitingRoom.Clinic;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Integrations;

/// <summary>
/// Reads today's appointments from the clinic's server every <see cref="FhirOptions.PollSeconds"/>
/// and brings the room in line. The server's answer is the whole day, so an appointment it no
/// longer has leaves the list; what cannot be read is left out and shown to reception (a poll
/// cannot ask anyone whether to import the rest, and holding back a whole day for one
/// unmapped practitioner would turn every patient away). A server that cannot be reached
/// changes nothing: reception is told, and the day stays as last read.
/// </summary>
public sealed class SchedulePoller(IScheduleSource source, ScheduleImporter importer, ClinicProfile clinic, TimeProvider time, IOptions<FhirOptions> options, ILogger<SchedulePoller> log) : BackgroundService
{
    public const int FewestSeconds = 15;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(FewestSeconds, options.Value.PollSeconds)), time);
        do
        {
            await PollAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task PollAsync(CancellationToken ct)
    {
        var today = clinic.Today(time);
        try
        {
            var read = await source.ReadDayAsync(today, ct);
            await importer.ImportAsync(read, source.Name, new ImportOptions(ValidOnly: true, WholeDay: today), ct);
        }
        catch (ScheduleUnavailableException e)
        {
            log.LogWarning("Could not read today's appointments from {Source}: {Reason}", source.Name, e.Message);
            await importer.RecordFailureAsync(source.Name, e.Message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Reading today's appointments from {Source} failed.", source.Name);
            await importer.RecordFailureAsync(source.Name, "the hub could not use the server's answer; see the hub's log", ct);
        }
    }
}
