using System.Globalization;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using BackOffice.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Api.Tests.Seeding;

/// <summary>
/// The seeder's SQLite writer writes exactly what SaveChanges writes: the same data seeded both ways into two fresh
/// database files leaves every table (orders, operations, the triggers' OrderVolumes, statistics, schema) equal, column
/// for column, in the stored type and text.
/// </summary>
public sealed class SqliteOrderWriterTests : IDisposable
{
    // Not on a millisecond: the stored times must be truncated the same way both ways.
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, 123, TimeSpan.Zero).AddTicks(4567);

    private readonly string _folder = Directory.CreateTempSubdirectory("seed-writer-").FullName;

    [Fact]
    public async Task TheWriterStoresEveryRowAsSaveChangesDoes()
    {
        var throughSaveChanges = await SeedAsync("savechanges.db", throughSaveChanges: true);
        var throughWriter = await SeedAsync("writer.db", throughSaveChanges: false);

        var tables = Tables(throughSaveChanges);
        Assert.Equal(tables, Tables(throughWriter));
        foreach (var table in tables)
        {
            var expected = Rows(throughSaveChanges, table);
            var actual = Rows(throughWriter, table);
            var (savedRow, writtenRow) = expected.Zip(actual).FirstOrDefault(pair => pair.First != pair.Second);
            Assert.True(savedRow is null && expected.Count == actual.Count,
                $"{table}: {expected.Count} rows through SaveChanges, {actual.Count} through the writer; first difference:\n{savedRow}\n{writtenRow}");
        }

        Assert.All(new[] { "Orders", "Operations", "OrderVolumes", "sqlite_stat1" }, table => Assert.NotEmpty(Rows(throughWriter, table)));
    }

    [Theory]
    [InlineData(typeof(WithShadowColumn), "'Note', a shadow property")]
    [InlineData(typeof(WithDatabaseDefault), "'Version', a value generated on insert")]
    public async Task AModelTheWriterCannotFollowIsRefusedBeforeAnyRowIsWritten(Type context, string refusal)
    {
        var options = new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options;
        await using var db = (BackOfficeDbContext)Activator.CreateInstance(context, options)!;

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => SqliteOrderWriter.OpenAsync(db, CancellationToken.None));

        Assert.Contains(refusal, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The demo data, then a load of several batches (the last one short), as the seed command adds them.</summary>
    private async Task<string> SeedAsync(string file, bool throughSaveChanges)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, file) }.ToString();
        var options = new DbContextOptionsBuilder<SqliteBackOfficeDbContext>().UseSqlite(connectionString)
            .AddInterceptors(new SqliteConnectionSetup()).Options;
        var contexts = new BackOfficeDbContextFactory(() => new SqliteBackOfficeDbContext(options));
        await using (var db = contexts.Create(merchantId: null))
        {
            await db.Database.MigrateAsync();
        }

        var seeder = new DemoSeeder(contexts, new FakeTimeProvider(Now), NullLogger<DemoSeeder>.Instance) { ThroughSaveChanges = throughSaveChanges };
        Assert.True(await seeder.SeedDemoAsync(CancellationToken.None));
        await seeder.SeedOrdersAsync(new DemoDataGenerator(31, DemoKeys.DemoMerchant, "B-", customers: 500), 4500, CancellationToken.None);
        return connectionString;
    }

    /// <summary>
    /// Every table SQLite holds, its own (the statistics, the schema) last: where a table's rows differ, so may the
    /// statistics and the pages of the tables created after the load.
    /// </summary>
    private static List<string> Tables(string connectionString) =>
    [
        .. Query(connectionString, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIKE 'sqlite%', name").Select(r => r[0]),
        "sqlite_master",
    ];

    /// <summary>Each row as its columns' stored type and text, sorted.</summary>
    private static List<string> Rows(string connectionString, string table)
    {
        var columns = Query(connectionString, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(r => r[0]).ToList();
        var values = columns.Select(c => $"'{c}=' || typeof(\"{c}\") || ':' || quote(\"{c}\")");
        return [.. Query(connectionString, $"SELECT {string.Join(" || ' | ' || ", values)} FROM \"{table}\"")
            .Select(r => $"{table}: {r[0]}").Order(StringComparer.Ordinal)];
    }

    /// <summary>The SQLite model and one change to it (a type of its own: EF Core caches a model per context type).</summary>
    private abstract class ChangedModel(DbContextOptions options) : BackOfficeDbContext(options)
    {
        public override bool IsSqlite => true;

        protected abstract void Change(ModelBuilder modelBuilder);

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            Change(modelBuilder);
        }
    }

    /// <summary>A column with no property on the entity: the writer has no value for it.</summary>
    private sealed class WithShadowColumn(DbContextOptions options) : ChangedModel(options)
    {
        protected override void Change(ModelBuilder modelBuilder) => modelBuilder.Entity<Operation>().Property<string>("Note");
    }

    /// <summary>A column SaveChanges leaves to the database when the value is unset.</summary>
    private sealed class WithDatabaseDefault(DbContextOptions options) : ChangedModel(options)
    {
        protected override void Change(ModelBuilder modelBuilder) => modelBuilder.Entity<Order>().Property(o => o.Version).HasDefaultValue(1);
    }

    private static List<string[]> Query(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }
}
