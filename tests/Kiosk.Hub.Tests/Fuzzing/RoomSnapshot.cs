using System.Security.Cryptography;
using System.Text;
using Kiosk.Hub.Persistence;
using Microsoft.Data.Sqlite;

namespace Kiosk.Hub.Tests.Fuzzing;

/// <summary>
/// Every table of the hub's SQLite file: its row count and a hash of every row, read straight from the
/// file. Two snapshots that differ name the tables that changed.
/// </summary>
public static class RoomSnapshot
{
    /// <summary>
    /// Tables a refused input may write to by design, left out of the comparison: failed name and code
    /// lookups are counted per kiosk session (docs/kiosk-codes.md), failed sign-ins per account and address
    /// (the sign-in throttle), and the data protection keys are made when first needed.
    /// </summary>
    public static readonly string[] WrittenByRefusals = [nameof(HubDb.NameTries), nameof(HubDb.CodeTries), nameof(HubDb.SignInAttempts), nameof(HubDb.DataProtectionKeys)];

    public static Dictionary<string, string> Take(string dataDirectory)
    {
        using var db = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, DatabaseSetup.FileName)};Mode=ReadOnly;Pooling=False");
        db.Open();
        var tables = new List<string>();
        using (var list = db.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }

        return tables.Except(WrittenByRefusals).ToDictionary(t => t, t => Rows(db, t));
    }

    /// <summary>"12 rows, 3F2A…": rows in a stable order (sorted as text), so the same rows give the same hash.</summary>
    private static string Rows(SqliteConnection db, string table)
    {
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return $"{rows.Count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16]}";
    }
}
