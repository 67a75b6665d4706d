using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The commands one kept-open connection holds prepared, by SQL text, the least recently used dropped past
/// <see cref="PerConnection"/> (see <see cref="SqlitePreparedStatements"/>). A connection serves one context at a time, and
/// a context one query at a time, so nothing in one instance is used by two threads at once.
/// </summary>
internal sealed class ConnectionStatements
{
    /// <summary>
    /// A listing page's statement holds 28–30 KB prepared (SQLITE_DBSTATUS_STMT_USED at a million orders), so a pool's kept
    /// statements stay under 64 × 16 × 30 KB, about 30 MB; a dashboard uses a handful of shapes.
    /// </summary>
    public const int PerConnection = 16;

    /// <summary>
    /// At most this many connections of one context pool are kept open with their statements; past it, connections close as
    /// before.
    /// </summary>
    public const int MaxKeptOpen = 64;

    private static readonly ConditionalWeakTable<SqliteConnection, ConnectionStatements> Kept = [];

    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _byText = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> _recentFirst = [];
    private readonly HashSet<SqliteCommand> _running = [];

    /// <summary>
    /// The statements kept for <paramref name="connection"/> (open), attached on first use; null past
    /// <see cref="MaxKeptOpen"/> counted in <paramref name="keptOpen"/> (its pool's). When the connection really closes, its
    /// commands are disposed with it and it is let go.
    /// </summary>
    public static ConnectionStatements? Of(SqliteConnection connection, StrongBox<int> keptOpen)
    {
        if (Kept.TryGetValue(connection, out var statements))
        {
            return statements;
        }

        if (Interlocked.Increment(ref keptOpen.Value) > MaxKeptOpen)
        {
            Interlocked.Decrement(ref keptOpen.Value);
            return null;
        }

        statements = new ConnectionStatements();
        Kept.Add(connection, statements);
        StateChangeEventHandler? closed = null;
        closed = (_, change) =>
        {
            if (change.CurrentState == ConnectionState.Closed)
            {
                connection.StateChange -= closed;
                Kept.Remove(connection);
                Interlocked.Decrement(ref keptOpen.Value);
            }
        };
        connection.StateChange += closed;
        return statements;
    }

    /// <summary>
    /// Whether closing <paramref name="connection"/> can be skipped: it keeps statements, none of them is running, and it is
    /// not inside a transaction.
    /// </summary>
    public static bool StaysOpen(SqliteConnection connection) =>
        connection.State == ConnectionState.Open
        && Kept.TryGetValue(connection, out var statements)
        && statements._running.Count == 0
        && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;

    /// <summary>The command kept for <paramref name="text"/>, now running; null when none is kept or it is running already.</summary>
    public SqliteCommand? Take(string text)
    {
        if (!_byText.TryGetValue(text, out var node) || !_running.Add(node.Value))
        {
            return null;
        }

        _recentFirst.Remove(node);
        _recentFirst.AddFirst(node);
        return node.Value;
    }

    /// <summary>Keeps <paramref name="command"/>, now running, unless a command with its text is kept already.</summary>
    public bool Keep(SqliteCommand command)
    {
        if (_byText.ContainsKey(command.CommandText))
        {
            return false;
        }

        _byText[command.CommandText] = _recentFirst.AddFirst(command);
        _running.Add(command);
        for (var node = _recentFirst.Last; _byText.Count > PerConnection && node is not null;)
        {
            var newer = node.Previous;
            if (!_running.Contains(node.Value))
            {
                _byText.Remove(node.Value.CommandText);
                _recentFirst.Remove(node);
                node.Value.Dispose();
            }

            node = newer;
        }

        return true;
    }

    /// <summary>Gives <paramref name="command"/> back, its parameters and transaction dropped (they belong to the last request).</summary>
    public void GiveBack(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        _running.Remove(command);
    }
}
