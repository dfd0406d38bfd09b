using System.Text;
using Kiosk.Testing;
using Microsoft.Data.Sqlite;

namespace Kiosk.Hub.Tests.Retention;

/// <summary>Reads a running hub's SQLite files as an attacker with a copy of the disk would: every byte, and every text cell.</summary>
internal static class HubFile
{
    /// <summary>Which of <paramref name="words"/> appear anywhere in hub.db or its write-ahead log, free pages and indexes included.</summary>
    public static IReadOnlyList<string> BytesHolding(HubServer server, IEnumerable<string> words)
    {
        var files = Directory.GetFiles(server.DataDirectory, "hub.db*").Select(ReadShared).ToList();
        return [.. words.Where(w => files.Any(f => f.AsSpan().IndexOf(Encoding.UTF8.GetBytes(w)) >= 0))];
    }

    /// <summary>Every text value in every table, as "Table.Column=value".</summary>
    public static IReadOnlyList<string> TextCells(HubServer server)
    {
        using var db = Open(server);
        var cells = new List<string>();
        foreach (var table in Column(db, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            using var command = db.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text) cells.Add($"{table}.{reader.GetName(i)}={text}");
                }
            }
        }

        return cells;
    }

    public static long Count(HubServer server, string sql) => long.Parse(Strings(server, sql).Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first column of a query, as text.</summary>
    public static IReadOnlyList<string> Strings(HubServer server, string sql)
    {
        using var db = Open(server);
        return Column(db, sql);
    }

    private static List<string> Column(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    private static SqliteConnection Open(HubServer server)
    {
        var db = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "hub.db")};Mode=ReadOnly;Pooling=False");
        db.Open();
        return db;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
