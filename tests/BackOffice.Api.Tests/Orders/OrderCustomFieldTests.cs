using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Orders;

/// <summary>The merchant's custom field: read, filtered with the string operations, sorted and paged over.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class OrderCustomFieldTests(ApiFactory api)
{
    private const string PageQuery = """
        query($first: Int, $after: String, $order: [OrderSortInput!], $where: OrderFilterInput) {
          orders(first: $first, after: $after, order: $order, where: $where) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { orderId customField }
          }
        }
        """;

    [Fact]
    public async Task AnOrdersCustomFieldIsReadAndNullWhenNoneWasSent()
    {
        await using var db = api.Db();
        var withField = await db.Orders.Where(o => o.CustomField != null).OrderBy(o => o.Id).FirstAsync();
        var without = await db.Orders.Where(o => o.CustomField == null).OrderBy(o => o.Id).FirstAsync();

        var response = await api.Client().PostAsync(
            "query($a: String!, $b: String!) { a: order(orderId: $a) { customField } b: order(orderId: $b) { customField } }",
            new { a = withField.OrderId, b = without.OrderId });

        var data = response.EnsureNoErrors().Data!;
        Assert.Equal(withField.CustomField, data["a"]!["customField"]!.GetValue<string>());
        Assert.Null(data["b"]!["customField"]);
    }

    private static readonly Dictionary<string, (object Where, Func<string?, bool> Expected)> Cases = new()
    {
        ["eq"] = (new { customField = new { eq = "store=ROMA-01" } }, f => f == "store=ROMA-01"),
        ["startsWith"] = (new { customField = new { startsWith = "campaign=" } }, f => f?.StartsWith("campaign=", StringComparison.Ordinal) == true),
        ["in"] = (new { customField = new { @in = new[] { "campaign=SPRING", "store=ROMA-01" } } }, f => f is "campaign=SPRING" or "store=ROMA-01"),
        ["neq null"] = (new { customField = new { neq = (string?)null } }, f => f is not null),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task FilteringOnTheCustomFieldFindsExactlyTheMatchingOrders(string name)
    {
        var (where, matches) = Cases[name];
        await using var db = api.Db();
        var all = await db.Orders.AsNoTracking().Select(o => new { o.OrderId, o.CustomField }).ToListAsync();
        var expected = all.Where(o => matches(o.CustomField)).Select(o => o.OrderId).ToHashSet();

        var seen = await PagesAsync(new object[] { new { createdAt = "DESC" } }, where);

        Assert.True(expected.Count > 0 && expected.Count < all.Count, $"'{name}' selects {expected.Count} of {all.Count}: it proves nothing");
        Assert.Equal(expected.Count, seen.Count);
        Assert.All(seen, n => Assert.Contains(n["orderId"]!.GetValue<string>(), expected));
    }

    [Fact]
    public async Task FilteringOnTheCustomFieldIsExactNotCaseInsensitive()
    {
        var response = await api.Client().PostAsync("{ orders(where: { customField: { eq: \"STORE=roma-01\" } }) { totalCount } }");
        Assert.Equal(0, response.EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task PagingSortedByCustomFieldVisitsEveryOrderOnceInOrder(string direction)
    {
        var seen = await PagesAsync(new object[] { new { customField = direction } }, where: null);

        await using var db = api.Db();
        var rows = await db.Orders.AsNoTracking().Select(o => new { o.Id, o.OrderId, o.CustomField }).ToListAsync();
        // NULLs first ascending, last descending; ties broken by the key in the same direction.
        var ascending = rows.OrderBy(o => o.CustomField, StringComparer.Ordinal).ThenBy(o => o.Id).Select(o => o.OrderId);
        var expected = direction == "ASC" ? ascending : ascending.Reverse();
        Assert.Equal(expected, seen.Select(n => n["orderId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnotherMerchantSeesOnlyItsOwnOrdersWhenFilteringOnTheCustomField()
    {
        int expected;
        await using (var db = api.Db("other"))
        {
            expected = await db.Orders.CountAsync(o => o.CustomField == "store=ROMA-01");
        }

        var response = await api.Client("other-operator-key")
            .PostAsync("{ orders(where: { customField: { eq: \"store=ROMA-01\" } }) { totalCount nodes { orderId } } }");
        var orders = response.EnsureNoErrors().Data!["orders"]!;
        Assert.Equal(expected, orders["totalCount"]!.GetValue<int>());

        await using var demo = api.Db();
        var ids = orders["nodes"]!.AsArray().Select(n => n!["orderId"]!.GetValue<string>()).ToList();
        Assert.False(await demo.Orders.AnyAsync(o => ids.Contains(o.OrderId)));
    }

    private async Task<List<JsonNode>> PagesAsync(object[] order, object? where)
    {
        var client = api.Client();
        var seen = new List<JsonNode>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await client.PostAsync(PageQuery, new { first = 100, after, order, where })).EnsureNoErrors().Data!["orders"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        Assert.Equal(seen.Count, page["totalCount"]!.GetValue<int>());
        return seen;
    }
}
