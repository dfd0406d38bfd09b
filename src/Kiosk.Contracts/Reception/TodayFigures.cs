namespace Kiosk.Contracts;

/// <summary>
/// The strip at the top of the board: patients checked in today, the median wait of those called
/// (arrived → called), and how honest the estimates told at check-in were. No satisfaction
/// figure: there is no survey yet, and the board says so rather than show a number.
/// </summary>
public sealed record TodayFigures(int CheckedIn, int Called, double? MedianWaitMinutes, EstimateAccuracy? Accuracy);
