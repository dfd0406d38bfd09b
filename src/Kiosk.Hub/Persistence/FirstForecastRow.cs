namespace Kiosk.Hub.Persistence;

/// <summary>The first range the forecast gave a visit, before calibration (see <see cref="CalibrationFirsts"/>).</summary>
public sealed class FirstForecastRow
{
    public Guid VisitId { get; set; }
    public DateOnly Day { get; set; }
    public int Low { get; set; }
    public int Likely { get; set; }
    public int High { get; set; }
}
