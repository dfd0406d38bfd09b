namespace Kiosk.WaitingRoom.Estimates;

/// <summary>The clinic's finished days, as learned so far. The hub reloads it; the benchmark hands one in.</summary>
public interface IClinicHistorySource
{
    ClinicHistory Past { get; }
}

public sealed class FixedHistory(ClinicHistory past) : IClinicHistorySource
{
    public ClinicHistory Past { get; } = past;
}
