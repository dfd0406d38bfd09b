using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// How many changes a clinic's room has had on one day, kept with the room. A change reads the
/// number before it loads the room and, when it saves, moves it on only if it is still the number
/// it read: a writer that finds it moved (another change, perhaps on another node, saved in
/// between) saved nothing and starts again from the room as it is now. Optimistic concurrency for
/// the whole room, since its rules (one ticket per appointment, ticket numbers in order, one check-in
/// per key) span many rows.
/// </summary>
public sealed class RoomVersionRow
{
    public required string ClinicId { get; set; }
    public DateOnly Day { get; set; }
    public long Version { get; set; }
}

/// <remarks>Names are quoted, as EF Core made them: PostgreSQL folds unquoted names to lower case, SQLite takes either.</remarks>
public static class RoomVersion
{
    /// <summary>The day's number of changes so far; 0 before the first.</summary>
    public static async Task<long> RoomVersionAsync(this HubDb db, string clinicId, DateOnly day, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""SELECT "Version" AS "Value" FROM "RoomVersions" WHERE "ClinicId" = {clinicId} AND "Day" = {day}""").ToListAsync(ct))
            .FirstOrDefault();

    /// <summary>
    /// Moves the day's number from <paramref name="read"/> to the next, in one statement; false when
    /// it was no longer <paramref name="read"/> (someone else changed the room since it was read).
    /// </summary>
    public static async Task<bool> TryMoveRoomVersionAsync(this HubDb db, string clinicId, DateOnly day, long read, CancellationToken ct) =>
        read == 0
            ? await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "RoomVersions" ("ClinicId", "Day", "Version") VALUES ({clinicId}, {day}, 1) ON CONFLICT ("ClinicId", "Day") DO NOTHING""", ct) == 1
            : await db.Database.ExecuteSqlAsync(
                $"""UPDATE "RoomVersions" SET "Version" = "Version" + 1 WHERE "ClinicId" = {clinicId} AND "Day" = {day} AND "Version" = {read}""", ct) == 1;
}
