namespace Kiosk.WaitingRoom.Schedule;

/// <summary>The clinic's own system, as the author of what an import does to the day.</summary>
public static class ScheduleSource
{
    /// <summary>Who the visit trail says acted when the clinic system checked a patient in or marked a no-show.</summary>
    public const string By = "clinic system";
}
