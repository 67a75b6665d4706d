using System.Net;
using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using static BackOffice.Api.Tests.Export.OrderExportClient;

namespace BackOffice.Api.Tests.Export;

/// <summary>
/// <c>GET /export/orders.csv</c>: the <c>orders</c> query's filter and sort as a CSV file. Its own database: the tests
/// place orders whose text a spreadsheet would misread.
/// </summary>
public sealed class OrderExportTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Header =
        "orderId,createdAt,status,currency,amount,authorizedAmount,capturedAmount,refundedAmount,customerId,channel,description,customField,lastOperationType,lastOperationTime\r\n";

    [Fact]
    public async Task AnOrderIsOneRecordUnderTheHeader()
    {
        await PlaceAsync("EXACT1", "Blue mug", "gift", "2026-11-05T10:00:00.123Z");

        var (status, mediaType, body, response) = await SendAsync(api.CreateClient(), Request(new { orderId = new { eq = "EXACT1" } }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", mediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("attachment; filename=\"orders-2026-11-24.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(Header + "EXACT1,2026-11-05T10:00:00.123Z,PENDING,EUR,1234,0,0,0,CUST-1,ECOMMERCE,Blue mug,gift,,\r\n", body);
    }

    [Fact]
    public async Task TextWithCommasQuotesAndLineBreaksIsQuoted()
    {
        await PlaceAsync("QUOTE1", "Mug, \"large\"\r\nsecond line é ✓", "a,b");

        var body = (await SendAsync(api.CreateClient(), Request(new { orderId = new { eq = "QUOTE1" } }))).Body;

        Assert.EndsWith(",\"Mug, \"\"large\"\"\r\nsecond line é ✓\",\"a,b\",,\r\n", body, StringComparison.Ordinal);
        var record = Csv.Parse(body)[1];
        Assert.Equal("Mug, \"large\"\r\nsecond line é ✓", record[10]);
        Assert.Equal("a,b", record[11]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain = text", "plain = text")]
    public async Task TextASpreadsheetWouldRunIsDefused(string description, string written)
    {
        var orderId = "F" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(description)))[..10];
        await PlaceAsync(orderId, description, null);

        var body = (await SendAsync(api.CreateClient(), Request(new { orderId = new { eq = orderId } }))).Body;

        Assert.Equal(written, Csv.Parse(body)[1][10]);
    }

    [Fact]
    public async Task AnOrderIdStartingWithAMinusIsDefusedToo()
    {
        await PlaceAsync("-1+1", "minus", null);

        var body = (await SendAsync(api.CreateClient(), Request(new { orderId = new { eq = "-1+1" } }))).Body;

        Assert.Equal("'-1+1", Csv.Parse(body)[1][0]);
    }

    [Fact]
    public async Task EachMerchantExportsOnlyItsOwnOrders()
    {
        var demo = Csv.Parse((await SendAsync(api.CreateClient(), Request())).Body).Skip(1).Select(r => r[0]).ToList();
        var other = Csv.Parse((await SendAsync(api.CreateClient(), Request(key: "other-operator-key"))).Body).Skip(1).Select(r => r[0]).ToList();

        Assert.Contains("D0000001", demo);
        Assert.DoesNotContain(demo, id => id.StartsWith('X'));
        Assert.Equal(300, other.Count);
        Assert.All(other, id => Assert.StartsWith("X", id, StringComparison.Ordinal));
    }

    public static TheoryData<string?, string?> Filters() => new()
    {
        { null, null },
        { """{"status":{"in":["CAPTURED"]}}""", null },
        { """{"amount":{"gte":20000},"or":[{"currency":{"eq":"EUR"}},{"description":{"contains":"MUG"}}]}""", """[{"amount":"DESC"}]""" },
        { """{"createdAt":{"gte":"2026-11-01T00:00:00Z"}}""", """[{"status":"ASC"},{"customerId":"DESC"}]""" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TheRecordsAreTheOrdersListingsForTheSameFilterAndSort(string? where, string? order)
    {
        var (status, _, body, _) = await SendAsync(api.CreateClient(), Request(rawWhere: where, rawOrder: order));
        Assert.Equal(HttpStatusCode.OK, status);
        var exported = Csv.Parse(body).Skip(1).Select(r => r[0].TrimStart('\'')).ToList();

        var listed = new List<string>();
        string? after = null;
        var client = api.Client();
        int? total = null;
        do
        {
            var page = (await client.PostAsync("""
                query($where: OrderFilterInput, $order: [OrderSortInput!], $after: String) {
                  orders(first: 100, after: $after, where: $where, order: $order) { totalCount pageInfo { hasNextPage endCursor } nodes { orderId } }
                }
                """, new { where = where is null ? null : JsonNode.Parse(where), order = order is null ? null : JsonNode.Parse(order), after })).EnsureNoErrors().Data!["orders"]!;
            total ??= page["totalCount"]!.GetValue<int>();
            listed.AddRange(page["nodes"]!.AsArray().Select(n => n!["orderId"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.True(total > 0);
        Assert.Equal(total, exported.Count);
        Assert.Equal(listed, exported);
    }

    [Fact]
    public async Task WithoutAValidKeyTheAnswerIs401()
    {
        foreach (var key in new[] { null, "not-a-key" })
        {
            var (status, _, body, response) = await SendAsync(api.CreateClient(), Request(key: key));

            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Theory]
    [InlineData("""{"status":""", null, "INVALID_JSON")]
    [InlineData(null, "[{amount: DESC}]", "INVALID_JSON")]
    [InlineData("""{"status":{"in":["SHIPPED"]}}""", null, "INVALID_VALUE")]
    [InlineData("""{"colour":{"eq":"red"}}""", null, "INVALID_VALUE")]
    [InlineData("""{"amount":{"gte":"lots"}}""", null, "INVALID_VALUE")]
    [InlineData("""{"amount":{"eq":null}}""", null, "INVALID_FILTER")]
    [InlineData(null, """[{"amount":"DESC","currency":"ASC"},{"amount":"ASC"}]""", "INVALID_SORT")]
    public async Task ABadFilterOrSortIs400WithACode(string? where, string? order, string code)
    {
        var (status, mediaType, body, _) = await SendAsync(api.CreateClient(), Request(rawWhere: where, rawOrder: order));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/json", mediaType);
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        Assert.Null(error["locations"]);
    }

    [Fact]
    public async Task ABadFiltersMessageIsTheOneTheOrdersQueryGives()
    {
        var where = """{"status":{"in":["SHIPPED"]}}""";
        var exported = JsonNode.Parse((await SendAsync(api.CreateClient(), Request(rawWhere: where))).Body)!["errors"]![0]!["message"]!.GetValue<string>();
        var queried = (await api.Client().PostAsync("query($where: OrderFilterInput) { orders(where: $where) { totalCount } }", new { where = JsonNode.Parse(where) }))
            .Errors![0]!["message"]!.GetValue<string>();

        Assert.Equal(queried, exported);
    }

    private async Task PlaceAsync(string orderId, string? description, string? customField, string createdAt = "2026-11-05T10:00:00Z")
    {
        await using var db = api.Db();
        var at = DateTime.Parse(createdAt, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        db.Orders.Add(Order.Place("demo", orderId, 1234, "EUR", "CUST-1", description, Channel.Ecommerce, at, customField).Value!);
        await db.SaveChangesAsync();
    }
}
