using System.Text.RegularExpressions;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Tests.Support;
using BackOffice.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BackOffice.Api.Tests.Orders;

/// <summary>
/// Every view of the dashboard matrix (each filter × each sortable column, first page and a next page) is requested
/// through the API, and the SQL it sent is explained by SQLite: a filter matching many orders must be paged by walking
/// the sort's index, never by reading every match into a temporary sort — the plan that took 0.3–0.8 s per page at a
/// million orders. The database is 50,000 orders with a dashboard's skew (most orders captured, few pending), and
/// statistics scaled to what ANALYZE writes at a million, so SQLite plans as it would there. Plans here do not depend
/// on the values bound (this SQLite keeps no per-value statistics), so a second page stands for page 50.
/// </summary>
[Collection(Export.AloneCollection.Name)]
public sealed partial class ListingPlanTests : IClassFixture<ApiFactory>
{
    private const int Orders = 50_000;
    private const int MimickedOrders = 1_000_000;
    private const string GeneratedUntil = "2026-11-24 12:00:00";
    private readonly ApiFactory _api;
    private readonly ITestOutputHelper _output;

    public ListingPlanTests(ApiFactory api, ITestOutputHelper output)
    {
        _api = api;
        _output = output;
    }

    [Fact]
    public async Task NoDashboardViewSortsEveryMatchOfAWideFilter()
    {
        var sample = await GenerateAsync();
        var client = _api.Client();
        var failures = new List<string>();
        var cells = 0;
        foreach (var filter in DashboardMatrix.Filters(sample))
        {
            var count = (await client.PostAsync("query($where: OrderFilterInput) { orders(where: $where) { totalCount } }", new { where = filter.Where }))
                .EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>();
            Assert.True(count > 0, $"'{filter.Name}' matches no order: the sample is wrong");
            var wide = count >= PlanSteering.Wide;
            foreach (var sort in DashboardMatrix.Sorts)
            {
                string? after = null;
                for (var page = 1; page <= 2; page++)
                {
                    var before = _api.Commands.Texts.Count;
                    var response = (await client.PostAsync(DashboardMatrix.PageQuery, new { where = filter.Where, order = DashboardMatrix.Order(sort), after })).EnsureNoErrors();
                    after = response.Data!["orders"]!["pageInfo"]!["endCursor"]?.GetValue<string>();
                    // A page that crosses from a nullable column's values into its NULLs reads two ranges: two statements.
                    foreach (var statement in _api.Commands.Texts.Skip(before).Where(IsPageStatement))
                    {
                        var nodes = await QueryPlan.ExplainAsync(_api.ConnectionString, statement);
                        var plan = QueryPlan.Render(nodes);
                        cells++;
                        var cell = $"{filter.Name} ({count:N0} orders) by {sort}, page {page}";
                        if (wide && SortsEveryMatch(nodes))
                        {
                            failures.Add($"{cell} sorts every match:\n{plan}");
                        }

                        // The sort indexes carry status, creation time and amount, and the amount index every sorted column: a page of
                        // a filter on those is chosen among index entries alone, and only its own rows are read from the table.
                        if ((wide ? Fields(filter).All(CarriedBySortIndexes.Contains) : Fields(filter).All(f => f == "amount"))
                            && ReadsTableToChoose(nodes, sort) is { } read)
                        {
                            failures.Add($"{cell} reads the table to choose its page ({read}):\n{plan}");
                        }

                        // A narrow filter's matches are listed by its own index: the page reads those rows, never an index walk testing them.
                        if (plan.Contains("LIST SUBQUERY", StringComparison.Ordinal) && !plan.TrimStart().StartsWith("SEARCH o USING INTEGER PRIMARY KEY", StringComparison.Ordinal))
                        {
                            failures.Add($"{cell} walks an index testing the narrow filter's list:\n{plan}");
                        }

                        // A narrow filter's page is chosen among its own matches: the keys' subquery seeks a column the filter names,
                        // never the sort's index at the cursor (SQLite's averages took "capturedAmount = c AND id < k" for a few rows).
                        if (!wide && ListedKeysRead(nodes) is { } keysRead
                            && !Fields(filter).Any(f => keysRead.Contains($"(MerchantId=? AND {char.ToUpperInvariant(f[0])}{f[1..]}", StringComparison.Ordinal)))
                        {
                            failures.Add($"{cell} chooses its page's keys off the filter's own index ({keysRead}):\n{plan}");
                        }

                        if (ScansTable(plan))
                        {
                            failures.Add($"{cell} scans the whole table:\n{plan}");
                        }

                        // Page 50 must cost what page 1 costs: the walk starts at the cursor (an enum's at its value, Status=?).
                        if (wide && page == 2 && !SeeksCursor().IsMatch(plan))
                        {
                            failures.Add($"{cell} walks the sort's index from its top, not from the cursor:\n{plan}");
                        }
                    }

                    if (after is null)
                    {
                        break;
                    }
                }
            }
        }

        _output.WriteLine($"{cells} pages explained, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(cells >= DashboardMatrix.Filters(sample).Count * DashboardMatrix.Sorts.Length);
    }

    private static readonly HashSet<string> CarriedBySortIndexes = ["status", "createdAt", "amount"];

    /// <summary>
    /// A temporary sort of the rows an index read. Not one over a subquery's rows (a status list sorted by an amount is read
    /// one status at a time, each a seek limited to a page, and only those few rows are sorted again: UNION ALL), nor one of
    /// the rows read by the keys a subquery listed (the page's keys, chosen first): the sort follows its sibling reads.
    /// </summary>
    private static bool SortsEveryMatch(IReadOnlyList<PlanNode> plan)
    {
        var subqueries = Subqueries(plan);
        foreach (var sort in plan.Where(n => n.Detail.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)))
        {
            var siblings = plan.Where(n => n.Parent == sort.Parent && n.Id < sort.Id).ToList();
            var read = siblings.LastOrDefault(n => n.Detail.StartsWith("SCAN ", StringComparison.Ordinal) || n.Detail.StartsWith("SEARCH ", StringComparison.Ordinal));
            var ofSubquery = read is not null && read.Detail.StartsWith("SCAN ", StringComparison.Ordinal) && subqueries.Contains(read.Detail["SCAN ".Length..]);
            var byListedKeys = read is not null && ReadsByKey(read) && siblings.Any(n => n.Detail.StartsWith("LIST SUBQUERY", StringComparison.Ordinal));
            if (read is not null && !ofSubquery && !byListedKeys)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first read of the table's rows that chooses the page rather than fetch its chosen rows by key — an index read that
    /// is not covering — or null. A filter bounding the sort's own column is exempt: its index seeks exactly the page's rows.
    /// </summary>
    private static string? ReadsTableToChoose(IReadOnlyList<PlanNode> plan, string sort)
    {
        var column = char.ToUpperInvariant(sort[0]) + sort[1..];
        var reads = plan.Where(n => n.Detail.StartsWith("SEARCH ", StringComparison.Ordinal) || n.Detail.StartsWith("SCAN ", StringComparison.Ordinal))
            .Where(n => !ReadsByKey(n) && !Subqueries(plan).Contains(n.Detail["SCAN ".Length..]))
            .ToList();
        if (reads is [var only] && only.Detail.Contains($"(MerchantId=? AND {column}", StringComparison.Ordinal))
        {
            return null;
        }

        return reads.FirstOrDefault(n => !n.Detail.Contains("COVERING INDEX", StringComparison.Ordinal))?.Detail;
    }

    /// <summary>The fields a matrix filter names (its <c>where</c> is an anonymous object, one property per field).</summary>
    private static IEnumerable<string> Fields(DashboardFilter filter) => filter.Where.GetType().GetProperties().Select(p => p.Name);

    /// <summary>The read of a subquery listing the page's keys (when it is a single read, not a union), or null.</summary>
    private static string? ListedKeysRead(IReadOnlyList<PlanNode> plan) =>
        plan.Where(n => n.Detail.StartsWith("LIST SUBQUERY", StringComparison.Ordinal))
            .SelectMany(list => plan.Where(n => n.Parent == list.Id && n.Detail.StartsWith("SEARCH ", StringComparison.Ordinal)))
            .Select(n => n.Detail).FirstOrDefault();

    private static bool ReadsByKey(PlanNode read) => read.Detail.Contains("USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal);

    /// <summary>A table read without an index ("SCAN o"); a scan of a subquery's rows ("SCAN o1" of "CO-ROUTINE o1") is not.</summary>
    private static bool ScansTable(string plan)
    {
        var subqueries = Subqueries(plan);
        return FullScan().Matches(plan).Any(scan => !subqueries.Contains(scan.Groups[1].Value));
    }

    private static HashSet<string> Subqueries(IReadOnlyList<PlanNode> plan) => Subqueries(QueryPlan.Render(plan));

    private static HashSet<string> Subqueries(string plan) => [.. CoRoutine().Matches(plan).Select(m => m.Groups[1].Value)];

    /// <summary>The page's own statement (not the wide-filter probe or totalCount's count).</summary>
    private static bool IsPageStatement(string sql) =>
        sql.Contains("FROM \"Orders\"", StringComparison.Ordinal) && sql.Contains("ORDER BY", StringComparison.Ordinal)
        && sql.Contains("LIMIT", StringComparison.Ordinal) && !sql.Contains("COUNT(", StringComparison.Ordinal);

    /// <summary>
    /// 50,000 orders over a year in one INSERT … SELECT (a second or two), statuses skewed as a live merchant's are, then
    /// ANALYZE and its counts scaled to a million orders, and the pool cleared so every connection plans with them.
    /// </summary>
    private async Task<DashboardSample> GenerateAsync()
    {
        var now = DateTime.Parse(GeneratedUntil + "Z", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        await using (var db = _api.Db())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Orders}),
                r AS (SELECT i, abs(random()) % 1000 AS s, 500 + abs(random()) % 80000 AS amount FROM n)
                INSERT INTO "Orders" ("MerchantId", "OrderId", "Amount", "Currency", "CustomerId", "Description", "CustomField", "Channel",
                    "CreatedAt", "AuthorizedAmount", "CapturedAmount", "RefundedAmount", "Status", "LastOperationType", "LastOperationTime",
                    "Version", "EventSequence")
                SELECT 'demo', 'PLAN' || printf('%07d', i), amount, CASE WHEN i % 10 = 0 THEN 'USD' ELSE 'EUR' END, 'CUST-' || (i % 4000),
                    'Plan order ' || i, CASE WHEN i % 3 = 0 THEN 'REF-' || (i % 300) END, CASE WHEN i % 7 = 0 THEN 'Pos' ELSE 'Ecommerce' END,
                    strftime('%Y-%m-%d %H:%M:%f', '{GeneratedUntil}', '-' || (i * 630) || ' seconds'),
                    amount, CASE WHEN s < 700 THEN amount ELSE 0 END, CASE WHEN s BETWEEN 580 AND 699 THEN amount / 2 ELSE 0 END,
                    CASE WHEN s < 580 THEN 'Captured' WHEN s < 665 THEN 'PartiallyRefunded' WHEN s < 700 THEN 'Refunded'
                         WHEN s < 790 THEN 'Authorized' WHEN s < 814 THEN 'PartiallyCaptured' WHEN s < 832 THEN 'Pending'
                         WHEN s < 898 THEN 'Voided' ELSE 'Declined' END,
                    CASE WHEN s < 832 THEN 'Capture' END,
                    CASE WHEN s < 832 THEN strftime('%Y-%m-%d %H:%M:%f', '{GeneratedUntil}', '-' || (i * 630 - 60) || ' seconds') END,
                    1, 1
                FROM r
                """);
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            var stats = await db.Database.SqlQueryRaw<IndexStat>("SELECT idx AS \"Index\", stat AS \"Stat\" FROM sqlite_stat1 WHERE tbl = 'Orders'").ToListAsync();
            var scale = (double)MimickedOrders / await db.Orders.IgnoreQueryFilters().CountAsync();
            foreach (var stat in stats)
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE sqlite_stat1 SET stat = {0} WHERE tbl = 'Orders' AND idx = {1}", Scaled(stat.Stat, scale), stat.Index);
            }

            await db.Database.ExecuteSqlRawAsync("ANALYZE sqlite_schema;");
        }

        SqliteConnection.ClearAllPools();
        return new DashboardSample(now, CustomerId: "CUST-17", OrderIdPrefix: "PLAN00012", CustomField: "REF-42");
    }

    /// <summary>
    /// <c>sqlite_stat1</c>'s "rows, then average rows per distinct prefix" as a table <paramref name="scale"/> times larger
    /// with the same distinct values: every count grows but a unique prefix's 1.
    /// </summary>
    private static string Scaled(string stat, double scale) => string.Join(' ', stat.Split(' ').Select(part =>
        long.TryParse(part, out var rows) && rows > 1 ? ((long)(rows * scale)).ToString(System.Globalization.CultureInfo.InvariantCulture) : part));

    private sealed record IndexStat(string Index, string Stat);

    /// <summary>"SCAN o" without an index: every row of the table read (an index walk says "USING … INDEX").</summary>
    [GeneratedRegex(@"SCAN (\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FullScan();

    [GeneratedRegex(@"CO-ROUTINE (\w+)")]
    private static partial Regex CoRoutine();

    /// <summary>A search of the merchant's slice of an index bounded on the next column: a seek to the cursor (or to the NULLs).</summary>
    [GeneratedRegex(@"INDEX \w+ \(MerchantId=\? AND \w+[<>=]")]
    private static partial Regex SeeksCursor();
}
