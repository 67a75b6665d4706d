using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Gives each SQLite connection a busy timeout, so SQLite waits for another process's writer in steps of a few
/// milliseconds instead of the driver's coarse 150 ms retry (writers of this process queue in
/// <see cref="SqliteBackOfficeDbContext"/> first). Set on the native handle: a field write at each open, no statement.
/// Correctness does not depend on it.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const int BusyTimeoutMilliseconds = 5000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds);
        }
    }
}
