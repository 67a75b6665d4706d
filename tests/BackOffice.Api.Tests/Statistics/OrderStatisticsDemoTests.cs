using BackOffice.Api.Orders.Statistics;
using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Statistics;

/// <summary>
/// <c>orderStatistics</c> on the demo data: the same figures as the orders listing, from one GROUP BY or (no filter, a
/// quarter-aligned createdAt range) from the quarter-hour totals (<see cref="OrderVolumesTableTests"/>).
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class OrderStatisticsDemoTests(ApiFactory api, Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Filters() =>
    [
        "null",
        """{ "status": { "in": ["CAPTURED", "PARTIALLY_REFUNDED"] } }""",
        """{ "createdAt": { "gte": "2026-10-25T00:00:00.000Z", "lt": "2026-11-24T00:00:00.000Z" } }""",
        """{ "or": [ { "amount": { "gte": 20000 } }, { "status": { "eq": "DECLINED" } } ], "currency": { "neq": "USD" } }""",
        """{ "description": { "contains": "a" }, "status": { "in": ["PENDING", "AUTHORIZED", "REFUNDED"] } }""",
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TotalsAndBucketsEqualTheOrdersListingSummed(string whereJson)
    {
        var where = System.Text.Json.JsonSerializer.Deserialize<object?>(whereJson);
        var client = api.Client();
        var expected = await OrderVolumes.SummedFromOrdersAsync(client, where);

        var statistics = await OrderVolumes.StatisticsAsync(client, where, "DAY", "Europe/Rome");

        Assert.NotEmpty(expected);
        OrderVolumes.Equal(expected, OrderVolumes.Read(statistics["totals"]!));
        OrderVolumes.Equal(expected, OrderVolumes.SumOfBuckets(statistics));
        var starts = statistics["buckets"]!.AsArray().Select(b => DateTime.Parse(b!["start"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.RoundtripKind)).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(starts.Count, starts.Distinct().Count());
    }

    [Fact]
    public async Task TotalsAreOrderedByCurrencyAndEachBucketsVolumesToo()
    {
        var statistics = await OrderVolumes.StatisticsAsync(api.Client());

        var currencies = statistics["totals"]!.AsArray().Select(v => v!["currency"]!.GetValue<string>()).ToList();
        Assert.True(currencies.Count > 1, "the demo data has several currencies");
        Assert.Equal(currencies.Order(StringComparer.Ordinal), currencies);
        foreach (var bucket in statistics["buckets"]!.AsArray())
        {
            var inBucket = bucket!["volumes"]!.AsArray().Select(v => v!["currency"]!.GetValue<string>()).ToList();
            Assert.Equal(inBucket.Order(StringComparer.Ordinal), inBucket);
        }
    }

    [Fact]
    public async Task EachMerchantCountsOnlyItsOwnOrders()
    {
        foreach (var key in new[] { "demo-reader-key", "other-operator-key" })
        {
            var client = api.Client(key);
            var total = (await client.PostAsync("{ orders(first: 1) { totalCount } }")).EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<long>();
            var statistics = await OrderVolumes.StatisticsAsync(client);
            Assert.Equal(total, statistics["totals"]!.AsArray().Sum(v => v!["orderCount"]!.GetValue<long>()));
        }
    }

    [Fact]
    public async Task TheDatabaseAnswersWithOneGroupByNotWithTheOrders()
    {
        var client = api.Client();
        var before = api.Commands.Texts.Count;
        await OrderVolumes.StatisticsAsync(client, new { status = new { eq = "CAPTURED" } });

        var sent = api.Commands.Texts.Skip(before).Where(t => t.Contains("\"Orders\"", StringComparison.Ordinal)).ToList();
        var statement = Assert.Single(sent);
        output.WriteLine(statement);
        Assert.Contains("GROUP BY", statement, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SUM(", statement, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"Description\"", statement, StringComparison.Ordinal); // no order row is read
    }

    [Fact]
    public void SqlServerTranslatesTheSameStatement()
    {
        var options = new DbContextOptionsBuilder<SqlServerBackOfficeDbContext>().UseSqlServer("Server=unused;Database=BackOffice").Options;
        using var db = new BackOfficeDbContextFactory(() => new SqlServerBackOfficeDbContext(options)).Create("demo");
        var where = new Dictionary<string, object?> { ["status"] = new Dictionary<string, object?> { ["in"] = new List<object?> { Domain.Orders.OrderStatus.Captured } } };

        var sql = OrderSlots.Of(BackOffice.Api.Orders.OrderListing.Filter(db, where, new BackOffice.Api.Common.Filtering.FilterBudget())).ToQueryString();

        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("DATEPART(hour, [o].[CreatedAt])", sql, StringComparison.Ordinal);
        Assert.Contains("DATEPART(minute, [o].[CreatedAt]) / 15", sql, StringComparison.Ordinal);
        Assert.Contains("[o].[MerchantId] = @", sql, StringComparison.Ordinal);
        Assert.Contains("[o].[Status]", sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    [InlineData("Europe/Rome ")]
    public async Task AnUnknownTimeZoneIsACodedError(string timeZone)
    {
        var response = await api.Client().PostAsync(OrderVolumes.Query, new { timeZone });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal("INVALID_TIME_ZONE", response.FirstErrorCode);
        Assert.Contains("IANA", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HourBucketsOverMonthsAreRefusedWithACode()
    {
        var response = await api.Client().PostAsync(OrderVolumes.Query, new { bucket = "HOUR" });

        Assert.Equal("TOO_MANY_BUCKETS", response.FirstErrorCode);
        Assert.Equal(BucketFolder.MaxBuckets, response.Errors![0]!["extensions"]!["maxBuckets"]!.GetValue<int>());
    }

    [Fact]
    public async Task ManyStatisticsInOneRequestAreRefusedBeforeOneRuns()
    {
        var groupBys = api.Commands.Containing("GROUP BY");
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 21).Select(i => $"s{i}: orderStatistics {{ totals {{ orderCount }} }}")) + " }";

        var response = await api.Client().PostAsync(query);

        Assert.Equal("MAX_FIELD_COST_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(groupBys, api.Commands.Containing("GROUP BY"));
        (await api.Client().PostAsync("{ a: orderStatistics { totals { orderCount } } b: orderStatistics(bucket: HOUR, where: { createdAt: { gte: \"2026-11-23T00:00:00Z\" } }) { buckets { start } } }"))
            .EnsureNoErrors();
    }
}
