using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Api.Tests.Support;

/// <summary>Makes commands fail as a broken database (or a process dying mid-way) would, to see what follows.</summary>
public sealed class FaultInjector : DbCommandInterceptor
{
    private int _remaining;
    private string? _text;

    /// <summary>Queries on this table fail until reset.</summary>
    public string? FailOnTable { get; set; }

    public int Injected { get; private set; }

    /// <summary>Queries on this table take <see cref="Delay"/> (a slow database), unless the request's token is cancelled first.</summary>
    public string? SlowTable { get; set; }

    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The next <paramref name="times"/> commands whose SQL contains <paramref name="text"/> fail.</summary>
    public void FailNext(string text, int times = 1)
    {
        _text = text;
        Volatile.Write(ref _remaining, times);
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        if (SlowTable is { } table && command.CommandText.Contains($"FROM \"{table}\"", StringComparison.Ordinal))
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Check(DbCommand command)
    {
        if (FailOnTable is { } table && command.CommandText.Contains($"\"{table}\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Injected fault on {table}: connection string Data Source=/secret/path.db");
        }

        if (_text is { } text && command.CommandText.Contains(text, StringComparison.Ordinal) && Interlocked.Decrement(ref _remaining) >= 0)
        {
            Injected++;
            throw new InvalidOperationException($"Injected fault: the process died before '{text}'.");
        }
    }
}
