using Kiosk.WaitingRoom.Estimates;

namespace Kiosk.Hub.Room;

/// <summary>
/// The clinic's recent finished days, learned once a day from the database: what the estimator
/// knows before today starts. Today's own events are added by the estimator as they happen.
/// </summary>
public sealed class LearnedHistory(IServiceScopeFactory scopes, ILogger<LearnedHistory> log) : IClinicHistorySource, IDisposable
{
    private const int DaysToLearnFrom = 28;
    private readonly SemaphoreSlim _learning = new(1, 1);
    private DateOnly _learnedFor;

    public ClinicHistory Past { get; private set; } = ClinicHistory.Empty;

    public async Task RefreshAsync(DateOnly today, CancellationToken ct = default)
    {
        if (_learnedFor == today)
        {
            return;
        }

        await _learning.WaitAsync(ct);
        try
        {
            if (_learnedFor != today)
            {
                await LearnAsync(today, ct);
            }
        }
        finally
        {
            _learning.Release();
        }
    }

    public void Dispose() => _learning.Dispose();

    private async Task LearnAsync(DateOnly today, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WaitingRoomStore>();
        var days = new List<WaitingRoom.WaitingRoomDay>();
        foreach (var day in await store.PastDaysAsync(today, DaysToLearnFrom, ct))
        {
            days.Add(await store.LoadDayAsync(day, ct));
        }

        Past = ClinicHistory.Learn(days);
        _learnedFor = today;
        log.LogInformation("Learned wait estimates from {Days} past day(s), {Visits} finished visit(s).", Past.Days, Past.CompletedVisits);
    }
}
