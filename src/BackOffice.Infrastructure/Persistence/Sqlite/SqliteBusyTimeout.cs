using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Lets SQLite itself wait for a busy writer (in steps of a few milliseconds) instead of the driver's coarse
/// 150 ms retry: writers queue briefly and events leave the outbox promptly. Correctness does not depend on it.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
