using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Orders;

/// <summary>
/// A connection reads only the columns its selection uses (<see cref="RowProjection"/>), and answers exactly as it does
/// with whole rows: the same values, the same cursors, the same pages.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed partial class RowProjectionTests(ApiFactory api)
{
    private const string Fields = "id orderId amount createdAt status operations { operationId operationTime }";

    /// <summary>Property fields, and the two computed ones that declare what they read (<c>id</c>, <c>operations</c>).</summary>
    private const string Projected = $$"""
        query($after: String, $order: [OrderSortInput!], $where: OrderFilterInput) {
          orders(first: 7, after: $after, order: $order, where: $where) { pageInfo { hasNextPage endCursor } edges { cursor node { {{Fields}} } } }
        }
        """;

    /// <summary>The same fields through a fragment, which reads whole rows.</summary>
    private const string Whole = $$"""
        query($after: String, $order: [OrderSortInput!], $where: OrderFilterInput) {
          orders(first: 7, after: $after, order: $order, where: $where) { pageInfo { hasNextPage endCursor } edges { cursor node { ...F } } }
        }
        fragment F on Order { {{Fields}} }
        """;

    [Fact]
    public async Task APageReadsTheColumnsItsFieldsTheKeyAndTheSortUse()
    {
        var response = (await api.Client().PostAsync(
            "{ orders(first: 3, order: [{ capturedAmount: DESC }]) { nodes { orderId amount id operations { operationId } } } }")).EnsureNoErrors();

        var page = Assert.Single(api.Commands.SentBy(response.CorrelationId), t => t.Contains("FROM \"Orders\"", StringComparison.Ordinal));
        Assert.Equal(["Amount", "CapturedAmount", "Id", "OrderId"], SelectedColumns(page));
    }

    [Fact]
    public async Task AnOrdersOperationsAreReadWithTheColumnsTheirSelectionUses()
    {
        const string query = "{ orders(first: 20) { nodes { orderId operations(order: [{ operationAmount: DESC }]) { operationId operationType } } } }";
        var response = (await api.Client().PostAsync(query)).EnsureNoErrors();
        var whole = (await api.Client().PostAsync(query.Replace("{ operationId operationType }", "{ ...F }", StringComparison.Ordinal)
            + " fragment F on Operation { operationId operationType }")).EnsureNoErrors();

        var operations = Assert.Single(api.Commands.SentBy(response.CorrelationId), t => t.Contains("FROM \"Operations\"", StringComparison.Ordinal));
        Assert.Equal(["Id", "OperationAmount", "OperationId", "OperationType", "OrderKey"], SelectedColumns(operations));
        Assert.Equal(whole.Data!.ToJsonString(), response.Data!.ToJsonString());
    }

    /// <summary>A sort on each kind of column: a time, an amount, an enum and text.</summary>
    public static TheoryData<string, string> OperationSorts => new()
    {
        { "operationTime", "ASC" },
        { "operationAmount", "DESC" },
        { "operationType", "ASC" },
        { "operationId", "DESC" },
    };

    /// <summary>
    /// One order's operations, and many orders' at once, are read by queries compiled per selection and sort: each sort,
    /// projected or through a fragment, answers each order's operations as the database sorts them.
    /// </summary>
    [Theory]
    [MemberData(nameof(OperationSorts))]
    public async Task OneOrdersOperationsAnswerAsTheDatabaseSortsThem(string sort, string direction)
    {
        await using var db = api.Db();
        var order = await db.Orders.AsNoTracking().OrderBy(o => o.Id).FirstAsync(o => db.Operations.Count(op => op.OrderKey == o.Id) > 2);
        var expected = await SortedOperationIds(db, [order.Id], sort, direction);

        var fields = "operationId operationAmount operationTime";
        foreach (var selection in new[] { fields, "...F" })
        {
            var response = (await api.Client().PostAsync(
                $$"""query($id: String!) { order(orderId: $id) { operations(order: [{ {{sort}}: {{direction}} }]) { {{selection}} } } }"""
                + (selection == "...F" ? $" fragment F on Operation {{ {fields} }}" : ""), new { id = order.OrderId })).EnsureNoErrors();
            var answered = response.Data!["order"]!["operations"]!.AsArray().Select(op => op!["operationId"]!.GetValue<string>()).ToList();
            Assert.Equal(expected[order.Id], answered);
        }
    }

    [Theory]
    [MemberData(nameof(OperationSorts))]
    public async Task ManyOrdersOperationsAnswerAsTheDatabaseSortsThem(string sort, string direction)
    {
        var fields = "operationId operationAmount operationTime";
        foreach (var selection in new[] { fields, "...F" })
        {
            var response = (await api.Client().PostAsync(
                $$"""{ orders(first: 30, order: [{ orderId: ASC }]) { nodes { orderId operations(order: [{ {{sort}}: {{direction}} }]) { {{selection}} } } } }"""
                + (selection == "...F" ? $" fragment F on Operation {{ {fields} }}" : ""))).EnsureNoErrors();
            var answered = response.Data!["orders"]!["nodes"]!.AsArray().ToDictionary(
                o => o!["orderId"]!.GetValue<string>(),
                o => o!["operations"]!.AsArray().Select(op => op!["operationId"]!.GetValue<string>()).ToList());

            await using var db = api.Db();
            var keys = await db.Orders.AsNoTracking().Where(o => answered.Keys.Contains(o.OrderId)).ToDictionaryAsync(o => o.Id, o => o.OrderId);
            var expected = (await SortedOperationIds(db, keys.Keys, sort, direction)).ToDictionary(e => keys[e.Key], e => e.Value);
            Assert.Equal(30, answered.Count);
            Assert.Contains(answered.Values, operations => operations.Count > 2);
            Assert.Equal(expected, answered);
        }
    }

    /// <summary>Each order's operation ids as the database sorts them (ordinal text, the id breaking ties), and none for an order without.</summary>
    private static async Task<Dictionary<long, List<string>>> SortedOperationIds(BackOfficeDbContext db, IReadOnlyCollection<long> orderKeys, string sort, string direction)
    {
        var operations = await db.Operations.AsNoTracking().Where(op => orderKeys.Contains(op.OrderKey)).ToListAsync();
        Func<Operation, object> column = sort switch
        {
            "operationTime" => op => op.OperationTime,
            "operationAmount" => op => op.OperationAmount,
            "operationType" => op => op.OperationType.ToString(),
            _ => op => op.OperationId,
        };
        var ordinal = Comparer<object>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<object>.Default.Compare(a, b));
        var sorted = direction == "ASC"
            ? operations.OrderBy(column, ordinal).ThenBy(op => op.Id)
            : operations.OrderByDescending(column, ordinal).ThenByDescending(op => op.Id);
        return orderKeys.ToDictionary(k => k, k => sorted.Where(op => op.OrderKey == k).Select(op => op.OperationId).ToList());
    }

    [Fact]
    public async Task ANestedListsFieldsAreItsOwnRowsConcern()
    {
        var response = (await api.Client().PostAsync(
            "{ orders(first: 3, order: [{ orderId: ASC }]) { totalCount pageInfo { endCursor } nodes { orderId operations { operationId availableActions { action } } } } }"))
            .EnsureNoErrors();

        var page = api.Commands.SentBy(response.CorrelationId).First(t => t.Contains("FROM \"Orders\"", StringComparison.Ordinal) && !t.Contains("COUNT(", StringComparison.Ordinal));
        Assert.Equal(["Id", "OrderId"], SelectedColumns(page)); // the page comes first, then the operations and their actions' own queries
    }

    [Fact]
    public async Task ComputedFieldsReadWhatTheyDeclare()
    {
        const string fields = "id operationId order { orderId } availableActions { action } initiatedBy";
        var response = (await api.Client().PostAsync($"{{ operations(first: 20) {{ nodes {{ {fields} }} }} }}")).EnsureNoErrors();
        var whole = (await api.Client().PostAsync($"{{ operations(first: 20) {{ nodes {{ ...F }} }} }} fragment F on Operation {{ {fields} }}")).EnsureNoErrors();

        var page = api.Commands.SentBy(response.CorrelationId).First(t => t.Contains("FROM \"Operations\"", StringComparison.Ordinal));
        var columns = SelectedColumns(page);
        Assert.Subset(new HashSet<string>(columns), new HashSet<string> { "ApiKeyId", "Id", "OperationId", "OrderKey" });
        Assert.DoesNotContain("Description", columns);
        Assert.Equal(whole.Data!.ToJsonString(), response.Data!.ToJsonString());
    }

    [Theory]
    [InlineData("{ orders(first: 3) { nodes { orderId ... on Order { amount } } } }", "Orders")] // a fragment
    [InlineData("query($all: Boolean!) { orders(first: 3) { nodes { orderId amount @include(if: $all) } } }", "Orders")] // a directive
    [InlineData("{ operations(first: 3) { nodes { ... on Operation { operationId } } } }", "Operations")]
    public async Task AnythingItCannotAccountForReadsWholeRows(string query, string table)
    {
        var response = (await api.Client().PostAsync(query, new { all = true })).EnsureNoErrors();

        var page = api.Commands.SentBy(response.CorrelationId).First(t => t.Contains($"FROM \"{table}\"", StringComparison.Ordinal));
        Assert.Contains("Description", SelectedColumns(page));
        Assert.Contains("MerchantId", SelectedColumns(page));
    }

    [Theory]
    [InlineData("""[{ "createdAt": "DESC" }]""", null)]
    [InlineData("""[{ "amount": "ASC" }]""", """{ "status": { "in": ["CAPTURED", "REFUNDED"] } }""")]
    [InlineData("""[{ "capturedAmount": "DESC" }]""", """{ "status": { "in": ["PENDING", "CAPTURED"] } }""")]
    [InlineData("""[{ "lastOperationTime": "ASC" }]""", """{ "amount": { "gte": 10000 } }""")]
    [InlineData("""[{ "customerId": "DESC" }]""", """{ "createdAt": { "gte": "2026-11-20T00:00:00.000Z" } }""")]
    public async Task ProjectedPagesAnswerAsWholeRowsDo(string orderJson, string? whereJson)
    {
        var order = JsonNode.Parse(orderJson);
        var where = whereJson is null ? null : JsonNode.Parse(whereJson);
        var projected = await WalkAsync(Projected, order, where);
        var whole = await WalkAsync(Whole, order, where);

        Assert.True(projected.Count > 7, "the walk crossed pages");
        Assert.Equal(whole.Count, projected.Count);
        Assert.Equal(whole.Select(e => e.ToJsonString()), projected.Select(e => e.ToJsonString()));
    }

    /// <summary>
    /// What the projection trusts: a field it takes for a property read answers that property's value. A field written
    /// <c>Field(o =&gt; o.Payment.Amount)</c> would claim the member <c>Amount</c> while reading another: this catches it.
    /// </summary>
    [Fact]
    public async Task EveryFieldTakenForAPropertyReadAnswersThatProperty()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        await using var db = api.Db();
        var rows = new Dictionary<string, object>
        {
            ["Order"] = await db.Orders.AsNoTracking().OrderByDescending(o => o.Id).FirstAsync(o => o.CustomField != null && o.LastOperationTime != null),
            ["Operation"] = await db.Operations.AsNoTracking().OrderByDescending(o => o.Id).FirstAsync(o => o.ParentOperationId != null),
            ["Contract"] = await db.Contracts.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync(),
        };

        var checkedFields = 0;
        foreach (var (typeName, row) in rows)
        {
            var type = (IObjectGraphType)schema.AllTypes[typeName]!;
            foreach (var field in type.Fields)
            {
                if (MemberFields.Property(field, row.GetType()) is not { } property)
                {
                    continue;
                }

                var answer = await field.Resolver!.ResolveAsync(new ResolveFieldContext { Source = row, FieldDefinition = field });
                Assert.Equal(property.GetValue(row), answer);
                checkedFields++;
            }
        }

        Assert.True(checkedFields > 30, $"{checkedFields} fields checked");
    }

    private async Task<List<JsonNode>> WalkAsync(string query, JsonNode? order, JsonNode? where)
    {
        var edges = new List<JsonNode>();
        string? after = null;
        for (var page = 0; page < 4; page++)
        {
            var orders = (await api.Client().PostAsync(query, new { after, order, where })).EnsureNoErrors().Data!["orders"]!;
            edges.AddRange(orders["edges"]!.AsArray().Select(e => e!.DeepClone()));
            if (!orders["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = orders["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        return edges;
    }

    /// <summary>The columns of the outermost SELECT, sorted.</summary>
    private static string[] SelectedColumns(string sql) =>
        [.. OuterSelect().Match(sql).Groups[1].Value.Split(',').Select(c => ColumnName().Match(c).Groups[1].Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("""^\s*SELECT (.*?)\s+FROM""", RegexOptions.Singleline)]
    private static partial Regex OuterSelect();

    [GeneratedRegex("""\."(\w+)"\s*$""")]
    private static partial Regex ColumnName();
}
