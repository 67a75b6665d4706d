using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The embedded default. Migrations:
/// <c>dotnet ef migrations add NAME -p src/BackOffice.Infrastructure -c SqliteBackOfficeDbContext -o Persistence/Sqlite/Migrations</c>
/// </summary>
public sealed class SqliteBackOfficeDbContext(DbContextOptions<SqliteBackOfficeDbContext> options) : BackOfficeDbContext(options)
{
    public override bool IsSqlite => true;

    /// <summary>One gate per database file: SQLite has one writer at a time.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    /// <summary>
    /// SQLite takes one writer at a time and makes the others poll (its busy handler sleeps 1 to 100 ms between tries),
    /// so 32 concurrent refunds spent most of their time asleep. Writers of this process queue here instead and each
    /// starts the moment the previous one commits. Inside an explicit transaction the caller already holds SQLite's
    /// write lock between saves, so waiting here could deadlock: those saves go straight through.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var gate = WriteGate();
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var gate = WriteGate();
        gate.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqliteFunctions.Register(modelBuilder);
    }

    private SemaphoreSlim WriteGate() =>
        WriteGates.GetOrAdd(Database.GetConnectionString() ?? string.Empty, static _ => new SemaphoreSlim(1, 1));
}
