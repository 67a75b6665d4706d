using System.Text.Json.Nodes;
using BackOffice.Api.Common.Caching;
using BackOffice.Api.Orders.Statistics;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using BackOffice.Infrastructure.Seeding;
using BackOffice.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Statistics;

/// <summary>
/// <c>orderStatistics</c> answers a quarter-aligned createdAt range (or no filter) from the per-quarter-hour totals the
/// database keeps (<c>OrderVolumes</c>) and any other filter by GROUP BY: both give the same figures, after every kind
/// of write. Its own database: the tests write, some straight in SQL, and read which statements answered; so nothing is
/// kept between requests here (<see cref="OrderStatisticsKeptTests"/> is about that).
/// </summary>
public sealed class OrderVolumesTableTests(OrderVolumesTableTests.Fixture fixture) : IClassFixture<OrderVolumesTableTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ApiFactory Api { get; } = new() { Settings = new Dictionary<string, string> { [MerchantDataCache.MaxAgeSetting] = "00:00:00" } };

        public void Dispose() => Api.Dispose();
    }

    private ApiFactory Api => fixture.Api;

    /// <summary>Bucket, zone and an aligned range (local midnights, whole hours of Kolkata, open ends): the chart's questions.</summary>
    private static readonly (string Bucket, string Zone, string? From, string? Until)[] Charts =
    [
        ("DAY", "Europe/Rome", null, null),
        ("DAY", "Europe/Rome", "2026-10-24T22:00:00.000Z", "2026-11-23T23:00:00.000Z"),
        ("HOUR", "Asia/Kolkata", "2026-11-20T18:30:00.000Z", "2026-11-24T18:30:00.000Z"),
        ("DAY", "UTC", "2026-11-01T00:00:00.000Z", null),
        ("DAY", "America/New_York", null, "2026-11-10T05:00:00.000Z"),
    ];

    private GraphQLClient Operator => Api.Client("demo-operator-key");

    [Fact]
    public async Task TheTotalsTableAndTheGroupByAgreeOnTheDemoData() => await BothWaysAgreeAsync();

    [Fact]
    public async Task CapturesRefundsCancelsAndDeclinesMoveTheTotalsAsTheOrders()
    {
        var (capturedPayment, captured) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 5);
        await MutateAsync(Refund, "refundOperation", new { operationId = capturedPayment, amount = 1000, currency = "EUR", idempotencyKey = Key() });
        var (authorization, authorized) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized && o.CreatedAt > ApiFactory.Now.UtcDateTime.AddDays(-3), skip: 1);
        await MutateAsync(Capture, "captureOperation", new { operationId = authorization, amount = authorized.Amount / 2, currency = authorized.Currency, idempotencyKey = Key() });
        var (toVoid, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized, skip: 6);
        await MutateAsync(Cancel, "cancelOperation", new { operationId = toVoid, idempotencyKey = Key() });
        await using (var db = Api.Db())
        {
            // Placed through the ORM: every kind of payment outcome, declines among them.
            var generator = new DemoDataGenerator(11, DemoKeys.DemoMerchant, "VOL", customers: 20);
            var now = ApiFactory.Now.UtcDateTime;
            db.Orders.AddRange(Enumerable.Range(1, 400).Select(i => generator.GenerateOrder(i, now.AddMinutes(-41 * i), now)));
            await db.SaveChangesAsync();
            Assert.True(await db.Orders.CountAsync(o => o.OrderId.StartsWith("VOL") && o.Status == OrderStatus.Declined) > 0);
            Assert.NotEqual(captured.RefundedAmount, (await db.Orders.AsNoTracking().SingleAsync(o => o.Id == captured.Id)).RefundedAmount);
        }

        await BothWaysAgreeAsync();
    }

    [Fact]
    public async Task ABulkInsertSelectAManualFixAndADeleteAreCounted()
    {
        await using (var db = Api.Db())
        {
            // SQL straight to the database, as a bulk load or a fix would: no application code runs.
            await db.Database.ExecuteSqlRawAsync("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
                INSERT INTO "Orders" ("MerchantId", "OrderId", "Amount", "Currency", "CustomerId", "Description", "CustomField", "Channel",
                    "CreatedAt", "AuthorizedAmount", "CapturedAmount", "RefundedAmount", "Status", "LastOperationType", "LastOperationTime",
                    "Version", "EventSequence")
                SELECT 'demo', 'BULKV' || printf('%05d', i), 1000 + i, CASE WHEN i % 3 = 0 THEN 'USD' ELSE 'EUR' END, NULL, NULL, NULL, 'Ecommerce',
                    strftime('%Y-%m-%d %H:%M:%S', '2026-11-15', '+' || (i * 7) || ' minutes'), 1000 + i,
                    CASE WHEN i % 4 = 0 THEN 0 ELSE 1000 + i END, CASE WHEN i % 5 = 0 THEN 100 ELSE 0 END,
                    CASE WHEN i % 4 = 0 THEN 'Authorized' WHEN i % 5 = 0 THEN 'PartiallyRefunded' ELSE 'Captured' END, 'Capture',
                    strftime('%Y-%m-%d %H:%M:%S', '2026-11-15', '+' || (i * 7 + 1) || ' minutes'), 1, 1
                FROM n
                """);
            Assert.Equal(3000, await VolumeCountAsync(db, "2026-11-15T00:00:00Z", "2026-11-30T00:00:00Z") - await OtherOrdersAsync(db));
            // A fix moving orders to another currency and time, one setting a declined status, and a delete.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Orders" SET "Currency" = 'GBP', "CreatedAt" = '2026-11-01 03:07:00' WHERE "OrderId" LIKE 'BULKV%7'""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Orders" SET "Status" = 'Declined', "CapturedAmount" = 0, "RefundedAmount" = 0 WHERE "OrderId" LIKE 'BULKV%1'""");
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Orders" WHERE "OrderId" LIKE 'BULKV%3'""");
        }

        await BothWaysAgreeAsync();
    }

    [Theory]
    [InlineData("""{ "createdAt": { "gt": "2026-10-31T23:59:59.999Z" } }""", """{ "createdAt": { "gte": "2026-11-01T00:00:00.000Z" } }""")]
    [InlineData("""{ "createdAt": { "gte": "2026-11-01T00:00:00.000Z", "lte": "2026-11-19T23:59:59.999Z" } }""", """{ "createdAt": { "gte": "2026-11-01T00:00:00.000Z", "lt": "2026-11-20T00:00:00.000Z" } }""")]
    [InlineData("""{ "createdAt": { "gte": "2026-11-01T00:00:00.000Z" }, "amount": { "gte": 0 } }""", """{ "createdAt": { "gte": "2026-11-01T00:00:00.000Z" } }""")]
    [InlineData("""{ "and": [ { "createdAt": { "gte": "2026-11-01T00:00:00.000Z" } } ] }""", """{ "createdAt": { "gte": "2026-11-01T00:00:00.000Z" } }""")]
    public async Task AnyOtherFilterIsAGroupByWithTheSameFigures(string groupByJson, string sameOrdersAlignedJson)
    {
        var client = Api.Client();
        var groupBy = await StatisticsAsync(client, Json(groupByJson), "HOUR", "UTC", expectTable: false);
        var table = await StatisticsAsync(client, Json(sameOrdersAlignedJson), "HOUR", "UTC", expectTable: true);

        Assert.Equal(groupBy.ToJsonString(), table.ToJsonString());
    }

    [Theory]
    [InlineData("""{ "createdAt": { "gte": "2026-11-01T00:07:00.000Z" } }""")]
    [InlineData("""{ "createdAt": { "lt": "2026-11-01T00:00:00.001Z" } }""")]
    [InlineData("""{ "status": { "eq": "CAPTURED" } }""")]
    [InlineData("""{ "createdAt": { "eq": "2026-11-01T00:00:00.000Z" } }""")]
    public async Task AFilterTheTotalsCannotAnswerIsAGroupBy(string whereJson)
    {
        var (_, request) = await OrderVolumes.AnsweredAsync(Api.Client(), Json(whereJson));

        var sent = Api.Commands.SentBy(request);
        Assert.Contains(sent, t => t.Contains("GROUP BY", StringComparison.Ordinal) && t.Contains("\"Orders\"", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, t => t.Contains("\"OrderVolumes\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// What once made a path look wrong in a loaded CI run: after a write, the outbox dispatcher's claim round sends a GROUP BY
    /// (the earliest unsent event of each order) while the next request runs. Sent here by the test, beside a request the
    /// totals answer: it falls inside the request's time, yet is not the request's.
    /// </summary>
    [Fact]
    public async Task AGroupBySentBesideARequestTheTotalsAnswerIsNotThatRequests()
    {
        var before = Api.Commands.Texts.Count;
        var answering = OrderVolumes.AnsweredAsync(Api.Client());
        await using (var db = Api.Db(merchantId: null))
        {
            await db.OutboxEvents.AsNoTracking().GroupBy(e => e.OrderKey).Select(g => new { g.Key, First = g.Min(e => e.Sequence) }).ToListAsync();
        }

        var (_, request) = await answering;

        Assert.Contains(Api.Commands.Texts.Skip(before), t => t.Contains("GROUP BY", StringComparison.Ordinal));
        var sent = Api.Commands.SentBy(request);
        Assert.Contains(sent, t => t.Contains("\"OrderVolumes\"", StringComparison.Ordinal));
        Assert.DoesNotContain(sent, t => t.Contains("GROUP BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheOtherMerchantsOrdersNeverShow()
    {
        await using (var other = Api.Db("other"))
        {
            // An order of the other merchant alone in its quarter hour: the demo merchant's chart has no such bucket.
            other.Orders.Add(Order.Place("other", "OTHERVOL1", 777, "CHF", null, null, Channel.Pos, new DateTime(2026, 11, 2, 3, 5, 0, DateTimeKind.Utc)).Value!);
            await other.SaveChangesAsync();
        }

        foreach (var key in new[] { "demo-reader-key", "other-operator-key" })
        {
            var client = Api.Client(key);
            var total = (await client.PostAsync("{ orders(first: 1) { totalCount } }")).EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<long>();
            var statistics = await OrderVolumes.StatisticsAsync(client);
            Assert.Equal(total, statistics["totals"]!.AsArray().Sum(v => v!["orderCount"]!.GetValue<long>()));
            var chf = statistics["totals"]!.AsArray().Any(v => v!["currency"]!.GetValue<string>() == "CHF");
            Assert.Equal(key == "other-operator-key", chf);
        }

        await BothWaysAgreeAsync("other-operator-key");
    }

    [Fact]
    public async Task TheBackfillGivesTheRowsTheTriggersKept()
    {
        await using var db = Api.Db();
        var kept = await Rows(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{OrderVolumeTriggers.Table}\"");
            await db.Database.ExecuteSqlRawAsync(OrderVolumeTriggers.Sqlite.Backfill());
            var backfilled = await Rows(db);
            await transaction.RollbackAsync();
            Assert.Equal(kept.Where(r => r.OrderCount > 0), backfilled);
            Assert.NotEmpty(backfilled);
        }
    }

    [Fact]
    public async Task TheMigrationFillsTheTotalsFromTheOrdersAlreadyThere()
    {
        var path = Path.Combine(Path.GetTempPath(), $"backoffice-volumes-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteBackOfficeDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
            await using var db = new BackOfficeDbContextFactory(() => new SqliteBackOfficeDbContext(options)).Create(DemoKeys.DemoMerchant);
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_OrderVolumes", StringComparison.Ordinal)) - 1]); // the one before the totals
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Merchants\" (\"MerchantId\", \"Name\") VALUES ('demo', 'Demo'), ('other', 'Other')");
            var generator = new DemoDataGenerator(5, DemoKeys.DemoMerchant, "MIG", customers: 50);
            var now = ApiFactory.Now.UtcDateTime;
            db.Orders.AddRange(Enumerable.Range(1, 1500).Select(i => generator.GenerateOrder(i, now.AddMinutes(-23 * i), now)));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Orders" ("MerchantId", "OrderId", "Amount", "Currency", "Channel", "CreatedAt", "AuthorizedAmount", "CapturedAmount",
                    "RefundedAmount", "Status", "Version", "EventSequence")
                VALUES ('other', 'O1', 500, 'EUR', 'Pos', '2026-11-20 10:00:00', 500, 500, 0, 'Captured', 1, 1)
                """);

            await migrator.MigrateAsync();

            var fromTable = await OrderSlots.Of(db, new QuarterHourRange(null, null)).ToListAsync();
            var fromOrders = await OrderSlots.Of(db.Orders.AsNoTracking()).ToListAsync();
            Assert.Equal(1500, fromTable.Sum(s => s.OrderCount));
            Assert.Equal(Sorted(fromOrders), Sorted(fromTable));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Each chart asked both ways (the aligned range; the same orders through a filter the totals cannot answer) gives the same answer.</summary>
    private async Task BothWaysAgreeAsync(string key = "demo-reader-key")
    {
        var client = Api.Client(key);
        foreach (var (bucket, zone, from, until) in Charts)
        {
            var range = new Dictionary<string, object?>();
            if (from is not null)
            {
                range["gte"] = from;
            }

            if (until is not null)
            {
                range["lt"] = until;
            }

            // amount >= 0 holds for every order: the same orders, but only the GROUP BY can answer it.
            var table = await StatisticsAsync(client, range.Count == 0 ? null : new { createdAt = range }, bucket, zone, expectTable: true);
            var groupBy = await StatisticsAsync(client, new { createdAt = range, amount = new { gte = 0 } }, bucket, zone, expectTable: false);
            Assert.NotEmpty(table["totals"]!.AsArray());
            Assert.Equal(groupBy.ToJsonString(), table.ToJsonString());
        }
    }

    private async Task<JsonNode> StatisticsAsync(GraphQLClient client, object? where, string bucket, string zone, bool expectTable)
    {
        // Which path answered is read from the statements this request sent, not from all those sent while it ran.
        var (statistics, request) = await OrderVolumes.AnsweredAsync(client, where, bucket, zone);
        var sent = Api.Commands.SentBy(request);
        Assert.Equal(expectTable, sent.Any(t => t.Contains("\"OrderVolumes\"", StringComparison.Ordinal)));
        Assert.Equal(!expectTable, sent.Any(t => t.Contains("GROUP BY", StringComparison.Ordinal)));
        return statistics;
    }

    private async Task MutateAsync(string mutation, string field, object input)
    {
        var payload = (await Operator.PostAsync(mutation, new { input })).EnsureNoErrors().Data![field]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
    }

    private static object? Json(string json) => System.Text.Json.JsonSerializer.Deserialize<object?>(json);

    /// <summary>The merchant's rows, as records (compared by value).</summary>
    private static async Task<List<SlotTotals>> Rows(BackOfficeDbContext db) => Sorted((await db.OrderVolumes.AsNoTracking().ToListAsync()).Select(SlotTotals.Of));

    private static Task<int> VolumeCountAsync(BackOfficeDbContext db, string from, string until)
    {
        var start = DateTime.Parse(from, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var end = DateTime.Parse(until, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        return db.OrderVolumes.Where(v => v.PeriodStart >= start && v.PeriodStart < end).SumAsync(v => v.OrderCount);
    }

    private static Task<int> OtherOrdersAsync(BackOfficeDbContext db) => db.Orders.CountAsync(o =>
        o.CreatedAt >= new DateTime(2026, 11, 15, 0, 0, 0, DateTimeKind.Utc) && o.CreatedAt < new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc) && !o.OrderId.StartsWith("BULKV"));

    private static List<SlotTotals> Sorted(IEnumerable<SlotTotals> slots) => [.. slots.OrderBy(s => s.Start).ThenBy(s => s.Currency, StringComparer.Ordinal)];
}
