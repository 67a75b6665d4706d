using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Sets up each native SQLite connection once (a pooled connection keeps its handle across opens):
/// <list type="bullet">
/// <item>a busy timeout, so SQLite waits for another process's writer in steps of a few milliseconds instead of the
/// driver's coarse 150 ms retry (writers of this process queue in <see cref="SqliteBackOfficeDbContext"/> first);</item>
/// <item>the database file memory-mapped (<see cref="MemoryMapBytes"/>): every pooled connection then reads the same mapped
/// pages instead of copying each page into its own 2 MB cache with a read call. A page of orders sorted by a column its
/// filter's index does not hold reads a table row per match; at a million orders that copy was most of the time.</item>
/// <item>temporary b-trees in memory (<c>temp_store=MEMORY</c>): the pages' sorts are bounded (a page's union of per-status
/// reads, a narrow filter's few thousand matches), and in a temporary file each cost file calls — half the time of a
/// three-status page.</item>
/// </list>
/// Correctness depends on neither.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const int BusyTimeoutMilliseconds = 5000;

    /// <summary>Up to 2 GiB of the file (SQLite caps it at its build's maximum); address space, not memory: the OS pages it.</summary>
    public const long MemoryMapBytes = 2L * 1024 * 1024 * 1024;

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> SetUp = [];
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || SetUp.TryGetValue(handle, out _))
        {
            return;
        }

        SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds);
        SQLitePCL.raw.sqlite3_exec(handle, $"PRAGMA mmap_size={MemoryMapBytes}; PRAGMA temp_store=MEMORY;"); // mmap: ignored in memory
        SetUp.AddOrUpdate(handle, Done);
    }
}
