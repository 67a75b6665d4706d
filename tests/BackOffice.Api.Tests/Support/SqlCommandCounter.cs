using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Api.Tests.Support;

/// <summary>Counts the SQL commands the API sends, to prove child lists are batched (no N+1).</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _texts = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _finished = new();
    private int _count;

    public int Count => _count;

    /// <summary>Every command's SQL, oldest first.</summary>
    public IReadOnlyList<string> Texts => _texts.ToArray();

    /// <summary>Commands whose SQL contains <paramref name="text"/> (a table's quoted name, <c>COUNT(</c>).</summary>
    public int Containing(string text) => _texts.Count(t => t.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The commands requests send for the merchant's data, oldest first: all but authentication's key lookups, which
    /// come and go with the key cache, and the outbox dispatcher's claims, which run in the background whatever a request does.</summary>
    public IReadOnlyList<string> DataTexts => _texts.Where(t => !IsKeyLookup(t) && !IsOutboxClaim(t)).ToArray();

    public int ForData => DataTexts.Count;

    private static bool IsKeyLookup(string text) => text.Contains("\"ApiKeys\"", StringComparison.Ordinal);

    private static bool IsOutboxClaim(string text) => text.Contains("\"Claimed", StringComparison.Ordinal); // ClaimedBy, ClaimedUntil

    /// <summary>Commands whose reader is done (read to its end, or closed early), oldest first: to tell a query still streaming.</summary>
    public IReadOnlyList<string> Finished => _finished.ToArray();

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        _finished.Enqueue(command.CommandText);
        return base.DataReaderClosing(command, eventData, result);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        _finished.Enqueue(command.CommandText);
        return base.DataReaderClosingAsync(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _texts.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
