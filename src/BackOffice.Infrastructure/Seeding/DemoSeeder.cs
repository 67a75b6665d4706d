using BackOffice.Domain.Merchants;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Seeding;

/// <summary>Creates the demo merchants, their keys and their payment history; also the large data set for benchmarks.</summary>
public sealed class DemoSeeder(BackOfficeDbContextFactory contexts, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public const int DemoOrders = 2400;
    public const int OtherOrders = 300;
    private const int Seed = 20261124;
    private const int BatchSize = 2000;
    private const int DeferIndexesFrom = 50_000;

    /// <summary>
    /// Orders written through SaveChanges on SQLite too, instead of <see cref="SqliteOrderWriter"/>: the reference the
    /// writer's rows are compared with.
    /// </summary>
    public bool ThroughSaveChanges { get; init; }

    public async Task<bool> SeedDemoAsync(CancellationToken cancellationToken)
    {
        await using (var db = contexts.Create(merchantId: null))
        {
            if (await db.Merchants.AnyAsync(cancellationToken))
            {
                return false;
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.Merchants.AddRange(new Merchant(DemoKeys.DemoMerchant, "Demo Shop"), new Merchant(DemoKeys.OtherMerchant, "Other Store"));
            db.ApiKeys.AddRange(
                ApiKey.Issue(DemoKeys.DemoMerchant, "demo operator", DemoKeys.DemoOperator, ApiKeyRole.Operate, now),
                ApiKey.Issue(DemoKeys.DemoMerchant, "demo reader", DemoKeys.DemoReader, ApiKeyRole.Read, now),
                ApiKey.Issue(DemoKeys.DemoMerchant, "demo dashboard", DemoKeys.DemoDashboard, ApiKeyRole.Read, now, persistedOnly: true),
                ApiKey.Issue(DemoKeys.OtherMerchant, "other operator", DemoKeys.OtherOperator, ApiKeyRole.Operate, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await SeedOrdersAsync(new DemoDataGenerator(Seed, DemoKeys.DemoMerchant, "D", customers: 400), DemoOrders, cancellationToken);
        await SeedOrdersAsync(new DemoDataGenerator(Seed + 1, DemoKeys.OtherMerchant, "X", customers: 60), OtherOrders, cancellationToken);
        logger.LogInformation("Seeded demo data: {DemoOrders} orders for '{Demo}', {OtherOrders} for '{Other}'.",
            DemoOrders, DemoKeys.DemoMerchant, OtherOrders, DemoKeys.OtherMerchant);
        return true;
    }

    /// <summary>
    /// Adds <paramref name="count"/> orders over the 90 days before the moment it runs, in batches, so the last month
    /// (the gateway's default window) holds every kind of order; the last is a capture cancelable today if none is.
    /// </summary>
    public async Task SeedOrdersAsync(DemoDataGenerator generator, int count, CancellationToken cancellationToken, IProgress<int>? progress = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using (var db = contexts.Create(merchantId: null))
        {
            db.Contracts.AddRange(generator.GenerateContracts(now));
            await db.SaveChangesAsync(cancellationToken);
        }

        // A large SQLite load is far faster without the listing indexes: drop them, load, and build them once at the end.
        var deferred = count >= DeferIndexesFrom ? await DropListingIndexesAsync(cancellationToken) : [];
        await WriteAsync(Batches(generator, count, now), progress, cancellationToken);

        await using (var db = contexts.Create(merchantId: null))
        {
            if (deferred.Count > 0)
            {
                logger.LogInformation("Building {Count} indexes…", deferred.Count);
                // A pooled connection idle since before the drop still has the indexes in its cached schema, and SQLite checks
                // CREATE INDEX's name against that cache: a read first makes it notice the change and reload the schema.
                await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM sqlite_master LIMIT 1;", cancellationToken);
            }

            foreach (var (_, sql) in deferred)
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }

            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken); // the data changed shape: plan with fresh statistics
            }
        }
    }

    /// <summary>The orders, <see cref="BatchSize"/> at a time, spread over the 90 days before <paramref name="now"/>.</summary>
    private static IEnumerable<List<Order>> Batches(DemoDataGenerator generator, int count, DateTime now)
    {
        var start = now.AddDays(-90);
        var step = TimeSpan.FromDays(90).Ticks / Math.Max(count, 1);
        var cancellable = false;
        for (var first = 0; first < count; first += BatchSize)
        {
            var orders = new List<Order>(BatchSize);
            for (var i = first; i < Math.Min(first + BatchSize, count); i++)
            {
                var placedAt = start.AddTicks(step * i);
                // The lists default to the last month: make sure it shows a capture that can still be canceled today.
                var order = i == count - 1 && !cancellable
                    ? generator.GenerateCaptureToCancel(i + 1, now)
                    : generator.GenerateOrder(i + 1, placedAt, now);
                cancellable = cancellable || (placedAt > now.AddDays(-3) && CanCancelACapture(order, now)); // captures follow within 2 days
                orders.Add(order);
            }

            yield return orders;
        }
    }

    /// <summary>
    /// Every SQLite load, the demo data's too, goes through <see cref="SqliteOrderWriter"/>: four times faster than SaveChanges,
    /// and the tests that read the demo data then read rows it wrote. SQL Server keeps SaveChanges, which sends its inserts
    /// in batches already (and the benchmarks run on SQLite).
    /// </summary>
    private async Task WriteAsync(IEnumerable<List<Order>> batches, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var writerContext = contexts.Create(merchantId: null);
        using var writer = writerContext.IsSqlite && !ThroughSaveChanges ? await SqliteOrderWriter.OpenAsync(writerContext, cancellationToken) : null;
        var written = 0;
        foreach (var orders in batches)
        {
            if (writer is not null)
            {
                await writer.WriteAsync(orders, cancellationToken);
            }
            else
            {
                await using var db = contexts.Create(merchantId: null);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Orders.AddRange(orders);
                await db.SaveChangesAsync(cancellationToken);
            }

            written += orders.Count;
            progress?.Report(written);
        }
    }

    private static bool CanCancelACapture(Order order, DateTime now) => order.Operations.Any(o =>
        o.OperationType == OperationType.Capture && order.AvailableActions(o.OperationId, now).Any(a => a.Action == OrderCommand.Cancel));

    /// <summary>SQLite only: the non-unique indexes of orders and operations (uniqueness is kept), dropped; their SQL to rebuild them.</summary>
    private async Task<List<(string Name, string Sql)>> DropListingIndexesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create(merchantId: null);
        if (!db.Database.IsSqlite())
        {
            return [];
        }

        var indexes = new List<(string, string)>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Orders', 'Operations') " +
                "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            var drop = "DROP INDEX \"" + name + "\""; // a name read from sqlite_master, not input
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }

        return indexes;
    }
}
