using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// Appends each status as one JSON line, {"appointment":"Appointment/1","status":"arrived","at":"…"},
/// to the changes file the clinic's system picks up: for a server the hub may not write to.
/// </summary>
public sealed class FileStatusWriter(IOptions<FhirOptions> options) : IStatusWriter, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Name => "the changes file";

    public async Task WriteAsync(StatusWrite write, CancellationToken ct)
    {
        var line = JsonSerializer.Serialize(new { appointment = write.SourceId, status = write.FhirCode, at = write.At }) + "\n";
        await _gate.WaitAsync(ct);
        try
        {
            await File.AppendAllTextAsync(options.Value.ChangesFile!, line, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StatusWriteFailedException($"The status could not be written to the changes file ({e.GetType().Name}).", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
