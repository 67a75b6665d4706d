using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Api.Tests.Support;

/// <summary>Makes the next query on a table fail as a broken database would, to see what a client is told.</summary>
public sealed class FaultInjector : DbCommandInterceptor
{
    public string? FailOnTable { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (FailOnTable is { } table && command.CommandText.Contains($"\"{table}\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Injected fault on {table}: connection string Data Source=/secret/path.db");
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
