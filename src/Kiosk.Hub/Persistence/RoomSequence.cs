using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// The room's change counter, one row per clinic, kept with the data it counts. A change takes
/// its number inside its own transaction, so numbers follow commit order, a change rolled back
/// leaves no number behind, and a restarted hub carries on from the last one.
/// </summary>
public sealed class RoomSequenceRow
{
    public required string ClinicId { get; set; }
    public long Last { get; set; }
}

/// <remarks>Names are quoted, as EF Core made them: PostgreSQL folds unquoted names to lower case, SQLite takes either.</remarks>
public static class RoomSequence
{
    /// <summary>The next number, in one statement: two writers (the room, callbacks) never get the same one.</summary>
    public static async Task<long> NextSequenceAsync(this HubDb db, string clinicId, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>(
            $"""INSERT INTO "RoomSequences" ("ClinicId", "Last") VALUES ({clinicId}, 1) ON CONFLICT ("ClinicId") DO UPDATE SET "Last" = "RoomSequences"."Last" + 1 RETURNING "Last" AS "Value" """)
            .ToListAsync(ct))[0];

    public static async Task<long> LastSequenceAsync(this HubDb db, string clinicId, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""SELECT "Last" AS "Value" FROM "RoomSequences" WHERE "ClinicId" = {clinicId}""").ToListAsync(ct))
            .FirstOrDefault();
}
