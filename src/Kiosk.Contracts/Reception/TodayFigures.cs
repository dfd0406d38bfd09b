namespace Kiosk.Contracts;

/// <summary>
/// The strip at the top of the board: patients checked in today, the median wait of those called
/// (arrived → called), how honest the estimates told at check-in were, and how the patients who
/// answered the phone's "How was your visit today?" said it went.
/// </summary>
public sealed record TodayFigures(int CheckedIn, int Called, double? MedianWaitMinutes, EstimateAccuracy? Accuracy, RatingsToday? Ratings = null);
