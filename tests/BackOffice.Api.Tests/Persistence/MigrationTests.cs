using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using BackOffice.Infrastructure.Persistence.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BackOffice.Api.Tests.Persistence;

/// <summary>
/// Both providers' migrations match the model, and the SQL Server script a DBA would run (<c>dotnet ef migrations
/// script --idempotent</c>) is reviewed like code: a model change without its migrations fails here.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var db = new SqliteBackOfficeDbContext(new DbContextOptionsBuilder<SqliteBackOfficeDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), AddMigration("SqliteBackOfficeDbContext", "Sqlite"));
    }

    [Fact]
    public void TheSqlServerMigrationsMatchTheModel()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), AddMigration("SqlServerBackOfficeDbContext", "SqlServer"));
    }

    [Fact]
    public void TheIdempotentSqlServerScriptIsReviewed()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Snapshot.Match(script.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EventsStoredBeforeSequencesWerePerMerchantAreRenumberedAndEachCounterStartsAfterThem()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new SqliteBackOfficeDbContext(new DbContextOptionsBuilder<SqliteBackOfficeDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        migrator.Migrate("20261202181228_ListingIndexesCarryFilters"); // the release before: sequences counted per order
        db.Database.ExecuteSqlRaw("""
            INSERT INTO "Merchants" ("MerchantId", "Name") VALUES ('m1', 'One'), ('m2', 'Two'), ('m3', 'Quiet');
            INSERT INTO "OutboxEvents" ("Id", "EventId", "MerchantId", "OrderKey", "OrderId", "Sequence", "OperationId", "OccurredAt", "Payload")
            VALUES (1, 'e1', 'm1', 10, 'A', 1, 'OP1', '2026-11-24 12:00:00', 'stored'), (2, 'e2', 'm2', 30, 'C', 1, 'OP2', '2026-11-24 12:00:00', 'stored'),
                   (3, 'e3', 'm1', 20, 'B', 1, 'OP3', '2026-11-24 12:00:00', 'stored'), (4, 'e4', 'm1', 10, 'A', 2, 'OP4', '2026-11-24 12:00:00', 'stored');
            """);

        migrator.Migrate();

        Assert.Equal([("m1", 1L), ("m2", 1L), ("m1", 2L), ("m1", 3L)],
            db.Database.SqlQueryRaw<Numbered>("SELECT \"MerchantId\", \"Sequence\" FROM \"OutboxEvents\" ORDER BY \"Id\"").AsEnumerable().Select(n => (n.MerchantId, n.Sequence)));
        Assert.Equal([("m1", 3L), ("m2", 1L), ("m3", 0L)],
            db.Database.SqlQueryRaw<Numbered>("SELECT \"MerchantId\", \"LastEventSequence\" AS \"Sequence\" FROM \"Merchants\" ORDER BY \"MerchantId\"").AsEnumerable().Select(n => (n.MerchantId, n.Sequence)));
    }

    private sealed class Numbered
    {
        public string MerchantId { get; set; } = "";

        public long Sequence { get; set; }
    }

    private static SqlServerBackOfficeDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerBackOfficeDbContext>().UseSqlServer("Server=unused;Database=BackOffice").Options);

    private static string AddMigration(string context, string folder) =>
        $"The model changed without a migration: dotnet ef migrations add NAME -p src/BackOffice.Infrastructure -s src/BackOffice.Infrastructure -c {context} -o Persistence/{folder}/Migrations";
}
