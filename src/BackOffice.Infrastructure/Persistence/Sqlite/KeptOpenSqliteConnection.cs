using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

#pragma warning disable EF1001 // EF Core's SQLite connection service, extended where it documents it may be: its close template methods.
/// <summary>
/// EF Core's SQLite connection, except that it does not close a connection that keeps prepared statements
/// (<see cref="ConnectionStatements.StaysOpen"/>): EF Core closes it after each query and when its pooled context is
/// returned (not through an interceptor), and closing disposes the connection's commands. Disposing the context still
/// closes it. An open SQLite connection with no statement running holds no lock and no snapshot.
/// </summary>
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    /// <summary><paramref name="options"/> with this connection in place of EF Core's.</summary>
    public static DbContextOptionsBuilder In(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();

    protected override void CloseDbConnection()
    {
        if (!StaysOpen())
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => StaysOpen() ? Task.CompletedTask : base.CloseDbConnectionAsync();

    private bool StaysOpen() => DbConnection is SqliteConnection connection && ConnectionStatements.StaysOpen(connection);
}
#pragma warning restore EF1001
