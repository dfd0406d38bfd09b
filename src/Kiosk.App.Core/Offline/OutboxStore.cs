using System.Text;
using System.Text.Json;
using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;
using Microsoft.Data.Sqlite;

namespace Kiosk.App.Core.Offline;

/// <summary>
/// The kiosk's outbox file (outbox.db): one row per thing to tell the hub, its request sealed (personal
/// data at rest). Each call is one transaction on one connection; calls are serialised here.
/// </summary>
public sealed class OutboxStore : IDisposable
{
    public const string FileName = "outbox.db";

    private readonly SqliteConnection _db;
    private readonly SealedBox _box;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public OutboxStore(string path, SealedBox box, TimeProvider time)
    {
        _box = box;
        _time = time;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        // WAL: a commit is one append to the log, and a reader never blocks the writer.
        // synchronous=FULL: in WAL mode, NORMAL may lose the last commits on a power cut (it syncs only at
        // checkpoints); FULL syncs the log at every commit. The screen says "you're checked in" only after
        // that commit, so a patient told so is on the disk even if the kiosk loses power the next instant.
        // A commit costs one fsync (milliseconds): nothing next to a person pressing a button.
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS outbox (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                idempotency_key TEXT NOT NULL UNIQUE,
                kind INTEGER NOT NULL,
                payload BLOB NULL,
                recorded_at INTEGER NOT NULL,
                told INTEGER NOT NULL DEFAULT 0,
                delivered_at INTEGER NULL,
                outcome TEXT NULL);
            """);
    }

    /// <summary>
    /// Records <paramref name="request"/> (durably, before anything is shown); the same key again returns the first
    /// entry unchanged, unless that one was refused on screen (then the retry replaces it).
    /// </summary>
    public OutboxEntry Add(OutboxKind kind, Guid key, object request)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            // A refusal the screen showed (never told "checked in") ends that try: the patient may fix it and
            // send again with the same key (a question's wrong phone number, a limit reached), as a new entry at the end.
            using var retry = Command("DELETE FROM outbox WHERE idempotency_key = $key AND told = 0 AND outcome LIKE 'refused:%'", tx);
            retry.Parameters.AddWithValue("$key", key.ToString());
            retry.ExecuteNonQuery();
            using var insert = Command("""
                INSERT INTO outbox (idempotency_key, kind, payload, recorded_at) VALUES ($key, $kind, $payload, $at)
                ON CONFLICT (idempotency_key) DO NOTHING
                """, tx);
            insert.Parameters.AddWithValue("$key", key.ToString());
            insert.Parameters.AddWithValue("$kind", (int)kind);
            insert.Parameters.AddWithValue("$payload", _box.Seal(JsonSerializer.SerializeToUtf8Bytes(request, TypeOf(kind)), Bound(key)));
            insert.Parameters.AddWithValue("$at", _time.GetUtcNow().UtcTicks);
            insert.ExecuteNonQuery();
            tx.Commit();
            return FindLocked(key)!;
        }
    }

    public OutboxEntry? Find(Guid key)
    {
        lock (_gate)
        {
            return FindLocked(key);
        }
    }

    /// <summary>The screen is about to say "you're checked in": from now on a refusal must reach reception, never vanish.</summary>
    public void MarkTold(long sequence) => Update("UPDATE outbox SET told = 1 WHERE sequence = $seq", sequence);

    /// <summary>The hub answered (ticket or refusal): done for good, and the personal data goes at once.</summary>
    public void MarkDelivered(long sequence, string outcome) =>
        Update("UPDATE outbox SET delivered_at = $now, outcome = $outcome, payload = NULL WHERE sequence = $seq AND delivered_at IS NULL", sequence, outcome);

    /// <summary>Everything not yet delivered, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> Pending()
    {
        lock (_gate)
        {
            using var read = Command($"{Select} WHERE delivered_at IS NULL ORDER BY sequence");
            return ReadAll(read);
        }
    }

    public int PendingCount()
    {
        lock (_gate)
        {
            using var count = Command("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL");
            return Convert.ToInt32(count.ExecuteScalar());
        }
    }

    /// <summary>Removes delivered rows (already without payload) delivered before <paramref name="before"/>: the clinic day they belonged to is over.</summary>
    public int ForgetDeliveredBefore(DateTimeOffset before)
    {
        lock (_gate)
        {
            using var delete = Command("DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < $before");
            delete.Parameters.AddWithValue("$before", before.UtcTicks);
            return delete.ExecuteNonQuery();
        }
    }

    public void Dispose() => _db.Dispose();

    private const string Select = "SELECT sequence, idempotency_key, kind, payload, recorded_at, told, delivered_at, outcome FROM outbox";

    private OutboxEntry? FindLocked(Guid key)
    {
        using var read = Command($"{Select} WHERE idempotency_key = $key");
        read.Parameters.AddWithValue("$key", key.ToString());
        return ReadAll(read).SingleOrDefault();
    }

    private List<OutboxEntry> ReadAll(SqliteCommand read)
    {
        var entries = new List<OutboxEntry>();
        using var rows = read.ExecuteReader();
        while (rows.Read())
        {
            var key = Guid.Parse(rows.GetString(1));
            var kind = (OutboxKind)rows.GetInt32(2);
            var request = rows.IsDBNull(3) ? null : JsonSerializer.Deserialize(_box.Open((byte[])rows[3], Bound(key)), TypeOf(kind));
            entries.Add(new OutboxEntry(
                rows.GetInt64(0), key, kind, request, new DateTimeOffset(rows.GetInt64(4), TimeSpan.Zero), rows.GetInt64(5) == 1,
                rows.IsDBNull(6) ? null : new DateTimeOffset(rows.GetInt64(6), TimeSpan.Zero), rows.IsDBNull(7) ? null : rows.GetString(7)));
        }

        return entries;
    }

    private void Update(string sql, long sequence, string? outcome = null)
    {
        lock (_gate)
        {
            using var update = Command(sql);
            update.Parameters.AddWithValue("$seq", sequence);
            update.Parameters.AddWithValue("$now", _time.GetUtcNow().UtcTicks);
            update.Parameters.AddWithValue("$outcome", (object?)outcome ?? DBNull.Value);
            update.ExecuteNonQuery();
        }
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static byte[] Bound(Guid key) => Encoding.UTF8.GetBytes(key.ToString());

    private static Type TypeOf(OutboxKind kind) => kind switch
    {
        OutboxKind.CheckIn => typeof(CheckInRequest),
        OutboxKind.CodeCheckIn => typeof(CodeCheckInRequest),
        OutboxKind.WalkIn => typeof(WalkInRequest),
        OutboxKind.Question => typeof(AskQuestionRequest),
        _ => throw new InvalidOperationException($"Unknown outbox kind {kind}."),
    };
}
