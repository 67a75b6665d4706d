using BackOffice.Api.Common.Paging;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Orders;

/// <summary>
/// A wide filter whose matches lie far down its sort's index: the last weeks' orders by refunded amount, largest first,
/// behind every older order's refund. Walking that index to the first page would pass every refund; the page is chosen
/// among the filter's own matches instead, while the walks that meet matches at once (smallest refund first, the page
/// after a cursor, the last page) still walk. Every page answers exactly what sorting all the matches answers.
/// </summary>
public sealed class PlanSteeringTests : IClassFixture<PlanSteeringTests.Refunds>
{
    private const string Page = """
        query($where: OrderFilterInput, $order: [OrderSortInput!], $first: Int, $after: String, $last: Int) {
          orders(first: $first, after: $after, last: $last, where: $where, order: $order) { pageInfo { endCursor } nodes { orderId } }
        }
        """;

    /// <summary>The sort's own index (other indexes carry the refunded amount after their leading columns).</summary>
    private const string SortIndex = "INDEX IX_Orders_MerchantId_RefundedAmount_";

    /// <summary>The creation-time index the portal's listings read a time range on.</summary>
    private const string CreatedAtIndex = "IX_Orders_MerchantId_CreatedAt_";

    private static readonly DateTime Recent = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly object Where = new { createdAt = new { gte = "2026-10-01T00:00:00.000Z" } };

    private readonly Refunds _refunds;

    public PlanSteeringTests(Refunds refunds) => _refunds = refunds;

    [Fact]
    public async Task TheFirstPageOfMatchesTheWalkMeetsLastIsChosenAmongTheMatches()
    {
        var (orders, plan) = await PageAsync(new[] { new { refundedAmount = "DESC" } }, first: 50);

        Assert.Equal(await ExpectedAsync(descending: true, skip: 0, 50), orders);
        Assert.DoesNotContain(plan, read => read.Contains(SortIndex, StringComparison.Ordinal));
        Assert.Contains(plan, read => read.Contains("(MerchantId=? AND CreatedAt>?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MatchesChosenAmongAreListedInTheKeysOrder()
    {
        // Newest first: the recent orders all tie on a refund of 0, so a page largest refund first holds the newest of them,
        // and listed newest first each later one is dropped on one comparison instead of replacing a row the page kept.
        var response = (await _refunds.Api.Client().PostAsync(Page, new { where = Where, order = new[] { new { refundedAmount = "DESC" } }, first = 50 })).EnsureNoErrors();
        var statement = Assert.Single(_refunds.Api.Commands.SentBy(response.CorrelationId), t => t.Contains("unlikely(", StringComparison.Ordinal));

        Assert.Equal(["Prev"], await QueryPlan.StepsAlongAsync(_refunds.Api.ConnectionString, statement, CreatedAtIndex));
    }

    [Fact]
    public async Task AWalkThatMeetsTheMatchesAtOnceStillWalks()
    {
        var (orders, plan) = await PageAsync(new[] { new { refundedAmount = "ASC" } }, first: 50);

        Assert.Equal(await ExpectedAsync(descending: false, skip: 0, 50), orders);
        Assert.Contains(plan, read => read.Contains(SortIndex, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheLastPageIsReadFromItsEndByWalking()
    {
        var (orders, plan) = await PageAsync(new[] { new { refundedAmount = "DESC" } }, last: 50);

        var expected = await ExpectedAsync(descending: false, skip: 0, 50);
        expected.Reverse();
        Assert.Equal(expected, orders);
        Assert.Contains(plan, read => read.Contains(SortIndex, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageAfterACursorWalksFromIt()
    {
        var order = new[] { new { refundedAmount = "DESC" } };
        var first = (await _refunds.Api.Client().PostAsync(Page, new { where = Where, order, first = 50 })).EnsureNoErrors();
        var cursor = first.Data!["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var (orders, plan) = await PageAsync(order, first: 50, after: cursor);

        Assert.Equal(await ExpectedAsync(descending: true, skip: 50, 50), orders);
        Assert.Contains(plan, read => read.Contains(SortIndex, StringComparison.Ordinal) && read.Contains("RefundedAmount<", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesAskingAtOnceShareOneMeasure()
    {
        // A filter no other test measured (the measures are kept a minute), asked by eight first pages at once.
        var where = new { createdAt = new { gte = "2026-10-01T00:00:00.001Z" } };
        var order = new[] { new { refundedAmount = "DESC" } };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _refunds.Api.Client().PostAsync(Page, new { where, order, first = 50 })));

        var measures = responses.Select(r => r.EnsureNoErrors()).Sum(r => _refunds.Api.Commands.SentBy(r.CorrelationId).Count(t => t.Contains("COUNT(", StringComparison.Ordinal)));
        Assert.Equal(2, measures); // the matches counted, the walk tried: once, for all eight
        Assert.All(responses, r => Assert.Equal(responses[0].Data!["orders"]!.ToJsonString(), r.Data!["orders"]!.ToJsonString()));
    }

    /// <summary>The page's order ids and the reads its statements' plans make.</summary>
    private async Task<(List<string> Orders, List<string> Reads)> PageAsync(object order, int? first = null, int? last = null, string? after = null)
    {
        var response = (await _refunds.Api.Client().PostAsync(Page, new { where = Where, order, first, last, after })).EnsureNoErrors();
        var orders = response.Data!["orders"]!["nodes"]!.AsArray().Select(n => n!["orderId"]!.GetValue<string>()).ToList();
        // After a cursor, a page may be read range by range: a statement each.
        var reads = new List<string>();
        foreach (var statement in _refunds.Api.Commands.SentBy(response.CorrelationId)
            .Where(t => t.Contains("ORDER BY", StringComparison.Ordinal) && !t.Contains("COUNT(", StringComparison.Ordinal)))
        {
            var plan = await QueryPlan.ExplainAsync(_refunds.Api.ConnectionString, statement);
            reads.AddRange(plan.Select(n => n.Detail).Where(d => d.StartsWith("SEARCH ", StringComparison.Ordinal) || d.StartsWith("SCAN ", StringComparison.Ordinal)));
        }

        Assert.NotEmpty(reads);
        return (orders, reads);
    }

    /// <summary>Every match sorted by the database itself, and the page cut from it.</summary>
    private async Task<List<string>> ExpectedAsync(bool descending, int skip, int take)
    {
        await using var db = _refunds.Api.Db();
        var matches = db.Orders.Where(o => o.CreatedAt >= Recent);
        var sorted = descending
            ? matches.OrderByDescending(o => o.RefundedAmount).ThenByDescending(o => o.Id)
            : matches.OrderBy(o => o.RefundedAmount).ThenBy(o => o.Id);
        return await sorted.Skip(skip).Take(take).Select(o => o.OrderId).ToListAsync();
    }

    /// <summary>
    /// The demo data, 40,000 orders of last year, every one refunded more than any demo order, then 5,000 of the last
    /// weeks, none refunded yet: a wide filter (over <see cref="PlanSteering.Wide"/> matches) whose first page, largest
    /// refund first, lies past every old refund — more entries than sorting its matches reads.
    /// </summary>
    public sealed class Refunds : IAsyncLifetime
    {
        private const int Old = 40_000;
        private const int New = 5_000;

        public ApiFactory Api { get; } = new();

        public async Task InitializeAsync()
        {
            await using var db = Api.Db();
            foreach (var (count, from, refunded, status) in new[] { (Old, "2025-01-01", true, OrderStatus.Refunded), (New, "2026-10-01", false, OrderStatus.Captured) })
            {
                await db.Database.ExecuteSqlAsync($"""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
                    INSERT INTO "Orders" ("MerchantId", "OrderId", "Amount", "Currency", "CustomerId", "Description", "CustomField", "Channel",
                        "CreatedAt", "AuthorizedAmount", "CapturedAmount", "RefundedAmount", "Status", "LastOperationType", "LastOperationTime",
                        "Version", "EventSequence")
                    SELECT 'demo', 'STEER-' || {from} || '-' || printf('%05d', i), 1000 + i % 5000, 'EUR', NULL, NULL, NULL, 'Ecommerce',
                        strftime('%Y-%m-%d %H:%M:%f', {from}, '+' || (i * 600) || ' seconds'), 1000 + i % 5000, 1000 + i % 5000,
                        CASE WHEN {refunded} THEN 100000000 + i ELSE 0 END, {status.ToString()}, 'Capture', NULL, 1, 1
                    FROM n
                    """);
            }

            Assert.True(await db.Orders.CountAsync(o => o.CreatedAt >= Recent) is > PlanSteering.Wide and < PlanSteering.Reach);
        }

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }
}
