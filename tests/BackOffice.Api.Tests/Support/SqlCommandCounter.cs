using System.Collections.Concurrent;
using System.Data.Common;
using BackOffice.Api.Common.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Support;

/// <summary>
/// Counts the SQL commands the API sends, to prove child lists are batched (no N+1), and tells which HTTP request sent each
/// (<see cref="SentBy"/>): background work (the outbox dispatcher, the cleanups, the warm-up) runs beside a request, and a
/// window of "commands since the request began" would count its statements as the request's.
/// </summary>
/// <param name="requests">The host's <see cref="IHttpContextAccessor"/>: the request a command runs under, if any.</param>
public sealed class SqlCommandCounter(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private readonly ConcurrentQueue<SentCommand> _sent = new();
    private readonly ConcurrentQueue<string> _finished = new();
    private int _count;

    public int Count => _count;

    /// <summary>Every command's SQL, oldest first.</summary>
    public IReadOnlyList<string> Texts => _sent.Select(c => c.Text).ToArray();

    /// <summary>
    /// The SQL, oldest first, of the commands sent while serving the request whose correlation id is <paramref name="correlationId"/>
    /// (its <c>X-Correlation-Id</c> response header): none of another request's, nor of work the server does on its own.
    /// </summary>
    public IReadOnlyList<string> SentBy(string correlationId) =>
        _sent.Where(c => c.CorrelationId == correlationId).Select(c => c.Text).ToArray();

    /// <summary>Commands whose SQL contains <paramref name="text"/> (a table's quoted name, <c>COUNT(</c>).</summary>
    public int Containing(string text) => Texts.Count(t => t.Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The commands requests send for the merchant's data, oldest first: all but authentication's key lookups, which
    /// come and go with the key cache, and the outbox dispatcher's claims, which run in the background whatever a request does.</summary>
    public IReadOnlyList<string> DataTexts => Texts.Where(t => !IsKeyLookup(t) && !IsOutboxClaim(t)).ToArray();

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
        _sent.Enqueue(new SentCommand(command.CommandText, CurrentCorrelationId()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>The correlation id of the request this command runs for; null outside a request (a background service's).</summary>
    private string? CurrentCorrelationId()
    {
        try
        {
            return requests.HttpContext?.RequestServices.GetService<RequestContext>()?.CorrelationId;
        }
        catch (ObjectDisposedException)
        {
            return null; // a continuation that outlived its request: the request is over, so the command is not its
        }
    }

    private readonly record struct SentCommand(string Text, string? CorrelationId);
}
