using System.Text.Json.Nodes;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Orders;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Orders;

[Collection(DemoDataCollection.Name)]
public sealed class OrderPagingTests(ApiFactory api)
{
    private const string PageQuery = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [OrderSortInput!], $where: OrderFilterInput) {
          orders(first: $first, after: $after, last: $last, before: $before, order: $order, where: $where) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { orderId createdAt currency amount } }
          }
        }
        """;

    [Fact]
    public async Task PagingForwardVisitsEveryOrderOnceNewestFirst()
    {
        var client = api.Client();
        var seen = new List<JsonNode>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await client.PostAsync(PageQuery, new { first = 100, after })).EnsureNoErrors().Data!["orders"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!));
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        await using var db = api.Db();
        Assert.Equal(await db.Orders.CountAsync(), seen.Count);
        Assert.Equal(seen.Count, page["totalCount"]!.GetValue<int>());
        Assert.Equal(seen.Count, seen.Select(n => n["orderId"]!.GetValue<string>()).Distinct().Count());
        var times = seen.Select(n => n["createdAt"]!.GetValue<string>()).ToList();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
    }

    [Fact]
    public async Task PagingBackwardVisitsEveryOrderOnceInTheSameOrder()
    {
        var client = api.Client();
        var seen = new List<string>();
        string? before = null;
        JsonNode page;
        do
        {
            page = (await client.PostAsync(PageQuery, new { last = 100, before })).EnsureNoErrors().Data!["orders"]!;
            seen.InsertRange(0, page["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>()));
            before = page["pageInfo"]!["startCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        await using var db = api.Db();
        var expected = await db.Orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Select(o => o.OrderId).ToListAsync();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task SortingWithTiesNeverRepeatsOrSkipsARow()
    {
        var client = api.Client();
        var order = new object[] { new { currency = "ASC" }, new { amount = "DESC" } };
        var seen = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await client.PostAsync(PageQuery, new { first = 100, after, order })).EnsureNoErrors().Data!["orders"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>()));
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        await using var db = api.Db();
        var rows = await db.Orders.Select(o => new { o.Id, o.OrderId, o.Currency, o.Amount }).ToListAsync();
        var expected = rows.OrderBy(o => o.Currency, StringComparer.Ordinal).ThenByDescending(o => o.Amount).ThenByDescending(o => o.Id)
            .Select(o => o.OrderId);
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task ANullableSortPagesAcrossItsNullsBothWaysWithoutRepeatingOrSkipping(string direction)
    {
        var (forward, backward) = await PageBothWaysAsync(new[] { new { customerId = direction } }, where: null, size: 7);

        await using var db = api.Db();
        var rows = await db.Orders.Select(o => new { o.Id, o.OrderId, o.CustomerId }).ToListAsync();
        Assert.Contains(rows, r => r.CustomerId is null); // the walk crosses from values to NULLs (or back)
        Assert.Contains(rows, r => r.CustomerId is not null);
        // NULLs first ascending and last descending, as SQLite and SQL Server sort them; ties by id in the same direction.
        var ascending = rows.OrderBy(r => r.CustomerId is not null).ThenBy(r => r.CustomerId, StringComparer.Ordinal)
            .ThenBy(r => r.Id).Select(r => r.OrderId).ToList();
        var expected = direction == "ASC" ? ascending : Enumerable.Reverse(ascending).ToList();
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    /// <summary>
    /// Sorted by captured or refunded amount, a status list is read one status at a time on its own index and the parts merged:
    /// every matching order once, in the order one sort of them all gives, both ways (a status listed twice counts once).
    /// </summary>
    [Theory]
    [InlineData("capturedAmount", "DESC")]
    [InlineData("refundedAmount", "ASC")]
    public async Task AStatusListSortedByAnAmountPagesThroughEveryMatchOnceInOrder(string sort, string direction)
    {
        string[] statuses = ["PENDING", "CAPTURED", "PARTIALLY_REFUNDED", "PENDING"];
        var where = new { status = new { @in = statuses } };
        var (forward, backward) = await PageBothWaysAsync(new[] { new Dictionary<string, string> { [sort] = direction } }, where, size: 50);

        await using var db = api.Db();
        var rows = await db.Orders
            .Where(o => o.Status == OrderStatus.Pending || o.Status == OrderStatus.Captured || o.Status == OrderStatus.PartiallyRefunded)
            .Select(o => new { o.Id, o.OrderId, o.Status, Amount = sort == "capturedAmount" ? o.CapturedAmount : o.RefundedAmount }).ToListAsync();
        Assert.All(new[] { OrderStatus.Pending, OrderStatus.Captured, OrderStatus.PartiallyRefunded }, s => Assert.Contains(rows, r => r.Status == s));
        Assert.True(rows.Count > 100, "the list spans several pages");
        var ascending = rows.OrderBy(r => r.Amount).ThenBy(r => r.Id).Select(r => r.OrderId).ToList();
        var expected = direction == "ASC" ? ascending : Enumerable.Reverse(ascending).ToList();
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);

        var total = (await api.Client().PostAsync(PageQuery, new { first = 1, where })).EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(rows.Count, total);
    }

    /// <summary>
    /// A narrow filter's page is chosen among its index entries (the page's keys in a subquery, cursor range and all) and
    /// only those rows read and sorted again: every match once, in order, both ways, whatever the sort — a nullable column,
    /// a value most orders share, a text column. A creation-time range is listed in the key's order (PlanSteering), read
    /// backwards for a descending sort.
    /// </summary>
    [Theory]
    [InlineData("amount", "capturedAmount", "DESC")]
    [InlineData("amount", "refundedAmount", "ASC")]
    [InlineData("amount", "lastOperationTime", "ASC")]
    [InlineData("amount", "customerId", "DESC")]
    [InlineData("amount", "orderId", "ASC")]
    [InlineData("amount", "createdAt", "DESC")]
    [InlineData("createdAt", "refundedAmount", "DESC")]
    [InlineData("createdAt", "capturedAmount", "ASC")]
    [InlineData("createdAt", "lastOperationTime", "DESC")]
    [InlineData("createdAt", "customerId", "ASC")]
    public async Task ANarrowFilterPagesThroughEveryMatchOnceInOrderWhateverTheSort(string range, string sort, string direction)
    {
        await using var db = api.Db();
        // A quarter of the orders: narrow, several pages.
        List<Order> rows;
        object where;
        if (range == "amount")
        {
            var amounts = await db.Orders.Select(o => o.Amount).OrderBy(a => a).ToListAsync();
            var (low, high) = (amounts[amounts.Count / 4], amounts[amounts.Count / 2]);
            where = new { amount = new { gte = low, lte = high } };
            rows = await db.Orders.Where(o => o.Amount >= low && o.Amount <= high).ToListAsync();
        }
        else
        {
            var times = await db.Orders.Select(o => o.CreatedAt).OrderBy(t => t).ToListAsync();
            var (from, to) = (times[times.Count / 4], times[times.Count / 2]);
            where = new { createdAt = new { gte = from.ToString("O"), lt = to.ToString("O") } };
            rows = await db.Orders.Where(o => o.CreatedAt >= from && o.CreatedAt < to).ToListAsync();
        }

        var (forward, backward) = await PageBothWaysAsync(new[] { new Dictionary<string, string> { [sort] = direction } }, where, size: 7);

        Assert.True(rows.Count is > 30 and < PlanSteering.Wide, $"{rows.Count} matches: not a narrow filter of several pages");
        var key = OrderListing.Definition[sort].Read;
        // NULLs first ascending (SQLite and SQL Server); text by code point; ties by id.
        var ascending = rows.OrderBy(r => key(r) is not null).ThenBy(key, Comparer<object?>.Create(CompareValues)).ThenBy(r => r.Id)
            .Select(r => r.OrderId).ToList();
        var expected = direction == "ASC" ? ascending : Enumerable.Reverse(ascending).ToList();
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    private static int CompareValues(object? a, object? b) =>
        a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<object?>.Default.Compare(a, b);

    /// <summary>An enum sorts by its stored name; a page after a cursor reads the rest of its value, then the names beyond it.</summary>
    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task AStatusSortPagesAcrossEveryStatusBothWaysWithoutRepeatingOrSkipping(string direction)
    {
        var (forward, backward) = await PageBothWaysAsync(new[] { new { status = direction } }, where: null, size: 50);

        await using var db = api.Db();
        var rows = await db.Orders.Select(o => new { o.Id, o.OrderId, o.Status }).ToListAsync();
        Assert.True(rows.Select(r => r.Status).Distinct().Count() >= 5, "the walk crosses several statuses");
        var ascending = rows.OrderBy(r => r.Status.ToString(), StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.OrderId).ToList();
        var expected = direction == "ASC" ? ascending : Enumerable.Reverse(ascending).ToList();
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    /// <summary>
    /// A cursor inside a value many orders share (captured amount zero) splits the rows beyond it into ranges read in turn;
    /// a page read from the far end (<c>last</c> after it, <c>first</c> before it) reads them in the other order.
    /// </summary>
    [Fact]
    public async Task APageReadFromTheFarEndOfACursorInsideARepeatedValueHoldsTheRightRows()
    {
        var client = api.Client();
        var order = new[] { new { capturedAmount = "DESC" } };
        await using var db = api.Db();
        var rows = await db.Orders.Select(o => new { o.Id, o.OrderId, o.CapturedAmount }).ToListAsync();
        var expected = rows.OrderByDescending(r => r.CapturedAmount).ThenByDescending(r => r.Id).Select(r => r.OrderId).ToList();
        var index = rows.Count(r => r.CapturedAmount > 0) + 3; // inside the zeros, past some captured orders
        Assert.True(index + 10 < rows.Count && index > 10);
        var cursors = new List<string>();
        string? next = null;
        while (cursors.Count <= index)
        {
            var page = (await client.PostAsync(PageQuery, new { first = 100, after = next, order })).EnsureNoErrors().Data!["orders"]!;
            cursors.AddRange(page["edges"]!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()));
            next = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        var cursor = cursors[index];

        List<string> Ids(JsonNode page) => [.. page["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>())];
        var lastAfter = (await client.PostAsync(PageQuery, new { last = 5, after = cursor, order })).EnsureNoErrors().Data!["orders"]!;
        var firstBefore = (await client.PostAsync(PageQuery, new { first = 5, before = cursor, order })).EnsureNoErrors().Data!["orders"]!;
        var firstAfter = (await client.PostAsync(PageQuery, new { first = 5, after = cursor, order })).EnsureNoErrors().Data!["orders"]!;
        var lastBefore = (await client.PostAsync(PageQuery, new { last = 5, before = cursor, order })).EnsureNoErrors().Data!["orders"]!;
        Assert.Equal(expected[^5..], Ids(lastAfter));
        Assert.Equal(expected[..5], Ids(firstBefore));
        Assert.Equal(expected[(index + 1)..(index + 6)], Ids(firstAfter));
        Assert.Equal(expected[(index - 5)..index], Ids(lastBefore));
    }

    /// <summary>Every order id of a listing, paged forward with <c>first</c>/<c>after</c> and backward with <c>last</c>/<c>before</c>.</summary>
    private async Task<(List<string> Forward, List<string> Backward)> PageBothWaysAsync(object order, object? where, int size)
    {
        var client = api.Client();
        var forward = new List<string>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await client.PostAsync(PageQuery, new { first = size, after, order, where })).EnsureNoErrors().Data!["orders"]!;
            forward.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>()));
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var backward = new List<string>();
        string? before = null;
        do
        {
            page = (await client.PostAsync(PageQuery, new { last = size, before, order, where })).EnsureNoErrors().Data!["orders"]!;
            backward.InsertRange(0, page["edges"]!.AsArray().Select(e => e!["node"]!["orderId"]!.GetValue<string>()));
            before = page["pageInfo"]!["startCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        return (forward, backward);
    }

    [Fact]
    public async Task DefaultPageHoldsTenOrders()
    {
        var page = (await api.Client().PostAsync("{ orders { nodes { orderId } pageInfo { hasNextPage hasPreviousPage } } }"))
            .EnsureNoErrors().Data!["orders"]!;
        Assert.Equal(10, page["nodes"]!.AsArray().Count);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AskingForMoreThanAHundredIsAnErrorNotASilentCut()
    {
        var response = await api.Client().PostAsync("{ orders(first: 101) { nodes { orderId } } }");
        Assert.Equal("HC0051", response.FirstErrorCode);
        Assert.Equal(100, response.Errors![0]!["extensions"]!["maxAllowedItems"]!.GetValue<int>());
        Assert.Null(response.Data!["orders"]);
    }

    [Theory]
    [InlineData("first: -1")]
    [InlineData("last: -5")]
    public async Task ANegativePageSizeIsAnError(string arguments)
    {
        var response = await api.Client().PostAsync($"{{ orders({arguments}) {{ nodes {{ orderId }} }} }}");
        Assert.Equal("HC0079", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("WyJ4Il0")]
    [InlineData("")]
    public async Task ABadCursorIsAnError(string cursor)
    {
        var response = await api.Client().PostAsync("query($c: String) { orders(after: $c) { nodes { orderId } } }", new { c = cursor });
        Assert.Equal("HC0078", response.FirstErrorCode);
    }

    [Fact]
    public async Task ACursorFromAnotherSortIsRefused()
    {
        var client = api.Client();
        var cursor = (await client.PostAsync("{ orders(first: 1) { pageInfo { endCursor } } }"))
            .Data!["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var response = await client.PostAsync(
            "query($c: String) { orders(after: $c, order: [{ amount: ASC }]) { nodes { orderId } } }", new { c = cursor });
        Assert.Equal("HC0078", response.FirstErrorCode);
    }

    [Fact]
    public async Task FirstPageSnapshot()
    {
        var response = await api.Client().PostAsync("""
            {
              orders(first: 3) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id orderId amount currency customerId description channel createdAt authorizedAmount
                  capturedAmount refundedAmount status lastOperationType lastOperationTime } }
              }
            }
            """);
        Snapshot.Match(response.EnsureNoErrors().Normalized());
    }

    [Theory]
    [InlineData("after", "")]
    [InlineData("after", "order: [{ status: ASC }]")]
    [InlineData("before", "")]
    [InlineData("before", "order: [{ status: ASC }]")]
    public async Task ACursorWhoseValuesAreNullIsABadCursor(string argument, string order)
    {
        var client = api.Client();
        var real = (await client.PostAsync($"{{ orders(first: 1 {order}) {{ pageInfo {{ endCursor }} }} }}"))
            .EnsureNoErrors().Data!["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var forged = Rewrite(real, values => values.Select(v => IsFingerprint(v) ? v : null).ToArray());

        var response = await client.PostAsync($"query($c: String) {{ orders({argument}: $c {order}) {{ nodes {{ orderId }} }} }}", new { c = forged });
        Assert.Equal("HC0078", response.FirstErrorCode);
    }

    [Fact]
    public async Task ACursorWithAnotherRowIdIsABadCursor()
    {
        var client = api.Client();
        var real = (await client.PostAsync("{ orders(first: 1) { pageInfo { endCursor } } }"))
            .EnsureNoErrors().Data!["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var forged = Rewrite(real, values => [.. values[..^1], JsonValue.Create(1L)]);

        var response = await client.PostAsync("query($c: String) { orders(after: $c) { nodes { orderId } } }", new { c = forged });
        Assert.Equal("HC0078", response.FirstErrorCode);
        Assert.Null(response.Data!["orders"]);
    }

    [Fact]
    public async Task ABadCursorIsNotEchoedBack()
    {
        var cursor = new string('A', 100_000);
        var response = await api.Client().PostAsync("query($c: String) { orders(after: $c) { nodes { orderId } } }", new { c = cursor });
        Assert.Equal("HC0078", response.FirstErrorCode);
        Assert.DoesNotContain("AAAAAAAAAA", response.Body, StringComparison.Ordinal);
        Assert.True(response.Body.Length < 2_000, $"{response.Body.Length} characters came back");
    }

    private static bool IsFingerprint(JsonNode? value) =>
        value?.GetValueKind() == System.Text.Json.JsonValueKind.String
        && System.Text.RegularExpressions.Regex.IsMatch(value.GetValue<string>(), "^[0-9A-F]{8}$");

    /// <summary>What a client could try: decode a cursor it received, change its JSON values, encode it again (any bytes after the JSON kept).</summary>
    private static string Rewrite(string cursor, Func<JsonNode?[], JsonNode?[]> change)
    {
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(cursor);
        var reader = new System.Text.Json.Utf8JsonReader(bytes);
        var values = JsonNode.Parse(ref reader)!.AsArray().Select(v => v?.DeepClone()).ToArray();
        var json = System.Text.Encoding.UTF8.GetBytes(new JsonArray(change(values)).ToJsonString());
        return System.Buffers.Text.Base64Url.EncodeToString([.. json, .. bytes[(int)reader.BytesConsumed..]]);
    }
}
