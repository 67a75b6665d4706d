using System.Text.RegularExpressions;
using BackOffice.Api.Common.Filtering;
using BackOffice.Domain.Contracts;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// Where SQL Server differs from SQLite, what the captured T-SQL does about it. Each has its SQLite twin
/// (<see cref="SqliteDialectTests"/> and the filtering, paging and race tests); docs/sqlserver.md says what was decided.
/// </summary>
[Collection(CapturedRun.Collection)]
public sealed partial class SqlServerDialectTests(CapturedRun run)
{
    [Fact]
    public void ExactStringFiltersRepeatTheComparisonUnderABinaryCollationAfterTheSeekableOne()
    {
        // The default collation ignores case; identifiers must compare exactly, as on SQLite.
        var collation = StringMatching.SqlServer.ExactCollation!;
        Assert.Contains($"[o].[OrderId] = @Value AND [o].[OrderId] COLLATE {collation} = @Value", Text("orders where orderId eq"));
        Assert.Contains($"[o].[OrderId] IN (@Value1, @Value2) AND [o].[OrderId] COLLATE {collation} IN (@Value1, @Value2)", Text("orders where orderId in"));
        Assert.Contains($"[o].[OrderId] LIKE @Value_startswith ESCAPE '\\' AND [o].[OrderId] COLLATE {collation} LIKE @Value_startswith", Text("orders where orderId startsWith"));
        // Free text ignores case on both: upper() on each side.
        Assert.Contains("UPPER([o].[Description]) = @Value", Text("orders where description eq"));
    }

    [Theory]
    [InlineData("Orders", "OrderId")]
    [InlineData("Orders", "CustomerId")]
    [InlineData("Orders", "Currency")]
    [InlineData("Operations", "OperationId")]
    [InlineData("Contracts", "ContractId")]
    [InlineData("IdempotencyRecords", "Key")]
    public void IdentifierColumnsCompareAndSortExactlyUnderABinaryCollation(string table, string column)
    {
        // Lookups (order(orderId), node, a command's target, the REST door) and unique indexes (idempotency keys) are
        // exact too, not only the listing filters; sorting by them is by code point, as on SQLite.
        Assert.Equal(BackOffice.Infrastructure.Persistence.SqlServer.SqlServerBackOfficeDbContext.BinaryCollation, SampleData.Collation(table, column));
        Assert.Equal(StringMatching.SqlServer.ExactCollation, SampleData.Collation(table, column));
        Assert.Null(SampleData.Collation("Orders", "Description")); // free text keeps the case-insensitive default
    }

    [Fact]
    public void LikeWildcardsAndTheBracketAreEscapedInTheParameter()
    {
        var statement = run.Statements.First(s => s.Scenario == "orders where LIKE wildcards are literal" && s.Text.Contains("LIKE", StringComparison.Ordinal));
        Assert.Contains("ESCAPE '\\'", statement.Text);
        var values = statement.Parameters.Select(p => p.Value as string).ToList();
        Assert.Contains(@"%50\%\_\[x]%", values); // contains on an identifier
        Assert.Contains(@"50\%\_\[X]%", values); // startsWith on free text, upper-cased
        Assert.Contains(@"%a]\_\%", values); // endsWith: a lone ] is not special
    }

    [Fact]
    public void EveryTimeIsSentAsDatetime2WithMillisecondsLikeItsColumn()
    {
        var times = run.Statements.SelectMany(s => s.Parameters).Where(p => p.Value is DateTime).ToList();
        Assert.NotEmpty(times);
        Assert.All(times, p => Assert.Equal("datetime2(3)", p.SqlType));
        Assert.All(times, p => Assert.Equal(0, ((DateTime)p.Value!).Ticks % TimeSpan.TicksPerMillisecond));
        var ticks = run.Statements.First(s => s.Scenario.StartsWith("orders where a time is given to the tick", StringComparison.Ordinal) && s.Text.Contains("[CreatedAt] >=", StringComparison.Ordinal));
        Assert.Equal(
            [new DateTime(2026, 11, 24, 12, 0, 0, 123, DateTimeKind.Utc), new DateTime(2026, 11, 24, 12, 0, 0, 999, DateTimeKind.Utc)],
            ticks.Parameters.Select(p => p.Value).OfType<DateTime>());
    }

    [Fact]
    public void NoParameterIsOfAnotherTypeThanTheColumnItIsComparedWith()
    {
        // An nvarchar parameter against a varchar column converts the column and loses the index seek.
        var mismatches = new List<string>();
        foreach (var statement in run.Statements)
        {
            var tables = TableAlias().Matches(statement.Text).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
            foreach (Match comparison in Comparison().Matches(statement.Text))
            {
                var parameter = statement.Parameters.FirstOrDefault(p => p.Name == "@" + comparison.Groups[3].Value);
                if (parameter.Name is null || !tables.TryGetValue(comparison.Groups[1].Value, out var table))
                {
                    continue;
                }

                var column = SampleData.ColumnType(table, comparison.Groups[2].Value);
                if (column is not null && parameter.SqlType != column && parameter.SqlType != "var" + column) // char(3) against varchar(3): no conversion
                {
                    mismatches.Add($"{table}.{comparison.Groups[2].Value} is {column}, {parameter.Name} is {parameter.SqlType}: {statement.Scenario}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Distinct()));
    }

    [Fact]
    public void EnumsAreStoredByNameAndTheirNamesSortTheSameUnderSqlServersCollation()
    {
        // The keyset predicate lists the names beyond the cursor's in ordinal order; SQL Server's ORDER BY uses the
        // column's case-insensitive collation. They agree only while no two names differ in case alone or in a way
        // the two orders disagree on: pinned here for every enum a listing sorts by.
        foreach (var names in new[] { typeof(OrderStatus), typeof(OperationType), typeof(OperationResult), typeof(Channel), typeof(ContractStatus), typeof(ContractType) }
                     .Select(Enum.GetNames))
        {
            Assert.Equal(names.Order(StringComparer.Ordinal), names.Order(StringComparer.OrdinalIgnoreCase));
        }

        // After a cursor: the rest of its status (a seek), then the names beyond it, listed.
        var after = Texts("orders by status ASC, after (a row whose optional values are null where it has any)").ToList();
        Assert.Contains(after, t => Regex.IsMatch(t, @"\[o\]\.\[Status\] = @\w+ AND \[o\]\.\[Id\] > @\w+"));
        Assert.Contains(after, t => Regex.IsMatch(t, @"\[o\]\.\[Status\] IN \(N'\w+'"));
        Assert.Contains("ORDER BY [o].[Status], [o].[Id]", Text("orders by status ASC, first page"));
    }

    [Fact]
    public void WritesCheckTheirConcurrencyTokenAndExpectTheRowBack()
    {
        // Orders has a trigger (OrderVolumes): SQL Server refuses OUTPUT there, so the affected rows are read with @@ROWCOUNT.
        var capture = Texts("captureOperation").Single(t => t.Contains("UPDATE [Orders]", StringComparison.Ordinal));
        Assert.Matches(@"UPDATE \[Orders\] SET .*\[Version\] = @p\d+\s+WHERE \[Id\] = @p\d+ AND \[Version\] = @p\d+;\s+SELECT @@ROWCOUNT;", capture);
        Assert.All(run.Statements, s => Assert.DoesNotMatch(@"(UPDATE|INSERT INTO|DELETE FROM) \[Orders\][^;]*\bOUTPUT\b(?![^;]*\bINTO\b)", s.Text));
        var deactivate = Texts("deactivateContract").Single(t => t.Contains("UPDATE [Contracts]", StringComparison.Ordinal));
        Assert.Matches(@"OUTPUT 1\s+WHERE \[Id\] = @p\d+ AND \[Status\] = @p\d+;", deactivate);
    }

    [Fact]
    public void PagesAreTopNOfAKeysetSeekNeverOffset()
    {
        Assert.DoesNotContain(run.Statements, s => s.Text.Contains("OFFSET", StringComparison.Ordinal));
        var pages = run.Statements.Where(s => s.Scenario.Contains(" by ", StringComparison.Ordinal) && s.Text.Contains("ORDER BY", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, s => Assert.Matches(@"^SELECT TOP\(\d+\)", s.Text.TrimStart())); // the page size is written in (QueryLimits.Limit)
    }

    /// <summary>The scenario's listing statement (the first request's key lookup is filed under the first scenario too).</summary>
    private string Text(string scenario) => run.Statements.First(s => s.Scenario == scenario && !s.Text.Contains("[ApiKeys]", StringComparison.Ordinal)).Text;

    private IEnumerable<string> Texts(string scenario) => run.Statements.Where(s => s.Scenario == scenario).Select(s => s.Text);

    [GeneratedRegex(@"FROM \[(\w+)\] AS \[(\w+)\]")]
    private static partial Regex TableAlias();

    [GeneratedRegex(@"\[(\w+)\]\.\[(\w+)\] (?:=|<>|<|>|<=|>=|LIKE|NOT LIKE|IN \() ?@(\w+)")]
    private static partial Regex Comparison();
}
