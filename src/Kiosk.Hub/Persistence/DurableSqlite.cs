using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// Every connection to the hub's SQLite file waits for the disk on each commit (synchronous=FULL): with
/// write-ahead logging, NORMAL already survives the process being killed, but a power cut could lose the
/// last commits, and those are tickets a patient is already holding. FULL costs one flush per change,
/// which a clinic's rate of change never notices (docs/reliability.md).
/// </summary>
public sealed class DurableSqlite : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Pragma(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Pragma(connection);
        return Task.CompletedTask;
    }

    private static void Pragma(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=FULL;";
            command.ExecuteNonQuery();
        }
    }
}
