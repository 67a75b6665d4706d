using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Keeps SQLite's prepared statements from one request to the next. Microsoft.Data.Sqlite prepares the SQL of each command
/// object anew, EF Core creates a command per query and disposes it, and closing a connection disposes its commands
/// (dotnet/efcore#14044). Planning is not cheap here: each of the Orders table's 23 indexes leads with the merchant, so the
/// planner weighs all of them for every part of a query; at a million orders it was 10 % of a first page's CPU and 37 % of
/// a three-status page 50's. So:
/// <list type="bullet">
/// <item>a pooled context's connection stays open between its uses (<see cref="KeptOpenSqliteConnection"/>);</item>
/// <item>each kept connection holds its most recent commands by SQL text (<see cref="ConnectionStatements"/>): a command
/// EF Core initializes with a kept text hands its parameters to the kept command, which runs behind a
/// <see cref="KeptCommand"/> whose disposal gives it back instead of finalizing its statement.</item>
/// </list>
/// Only SQL is kept: every execution binds its own parameters, and SQLite re-prepares a kept statement itself when the
/// schema changes.
/// </summary>
public sealed class SqlitePreparedStatements : DbCommandInterceptor
{
    private readonly StrongBox<int> _keptOpen = new();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result is not SqliteCommand initialized || initialized.Connection is not { State: ConnectionState.Open } connection
            || ConnectionStatements.Of(connection, _keptOpen) is not { } statements)
        {
            return result;
        }

        switch (statements.Take(initialized.CommandText))
        {
            case { } kept:
                kept.Transaction = initialized.Transaction;
                kept.CommandTimeout = initialized.CommandTimeout;
                var parameters = initialized.Parameters.Cast<SqliteParameter>().ToArray();
                initialized.Parameters.Clear();
                kept.Parameters.AddRange(parameters);
                initialized.Dispose();
                return new KeptCommand(kept, statements);
            case null when statements.Keep(initialized):
                return new KeptCommand(initialized, statements);
            default:
                return initialized; // the same SQL is running on this connection already (a query nested in another's results)
        }
    }
}
