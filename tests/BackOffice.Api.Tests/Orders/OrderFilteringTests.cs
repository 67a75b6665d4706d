using BackOffice.Api.Tests.Limits;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Orders;

/// <summary>Every filter operation on each kind of field, checked against the same predicate run over all rows in memory.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class OrderFilteringTests(ApiFactory api)
{
    private static readonly DateTime Cut = ApiFactory.Now.UtcDateTime.AddDays(-30);

    private static readonly Dictionary<string, (string Where, Func<Order, bool> Expected)> Cases = new()
    {
        ["string eq"] = ("{ currency: { eq: \"USD\" } }", o => o.Currency == "USD"),
        ["string neq"] = ("{ currency: { neq: \"EUR\" } }", o => o.Currency != "EUR"),
        ["string in"] = ("{ currency: { in: [\"GBP\", \"JPY\"] } }", o => o.Currency is "GBP" or "JPY"),
        ["string nin"] = ("{ currency: { nin: [\"EUR\", \"USD\"] } }", o => o.Currency is not ("EUR" or "USD")),
        ["string contains"] = ("{ description: { contains: \"ing\" } }", o => o.Description?.Contains("ing", StringComparison.OrdinalIgnoreCase) == true),
        ["string ncontains"] = ("{ description: { ncontains: \"ing\" } }", o => o.Description?.Contains("ing", StringComparison.OrdinalIgnoreCase) != true),
        ["text contains ignores case"] = ("{ description: { contains: \"gift\" } }", o => o.Description?.Contains("gift", StringComparison.OrdinalIgnoreCase) == true),
        ["text eq ignores case"] = ("{ description: { eq: \"GIFT CARD\" } }", o => string.Equals(o.Description, "GIFT CARD", StringComparison.OrdinalIgnoreCase)),
        ["text in ignores case"] = ("{ description: { in: [\"gift card\", \"hotel BOOKING\"] } }", o => o.Description?.ToUpperInvariant() is "GIFT CARD" or "HOTEL BOOKING"),
        ["text nendsWith ignores case"] = ("{ description: { nendsWith: \"CARD\" } }", o => o.Description?.EndsWith("card", StringComparison.OrdinalIgnoreCase) != true),
        ["string startsWith"] = ("{ orderId: { startsWith: \"D00001\" } }", o => o.OrderId.StartsWith("D00001", StringComparison.Ordinal)),
        ["string nstartsWith"] = ("{ orderId: { nstartsWith: \"D0000\" } }", o => !o.OrderId.StartsWith("D0000", StringComparison.Ordinal)),
        ["id startsWith is exact"] = ("{ or: [{ orderId: { startsWith: \"d00001\" } }, { orderId: { startsWith: \"D00002\" } }] }",
            o => o.OrderId.StartsWith("D00002", StringComparison.Ordinal)),
        ["id eq is exact"] = ("{ or: [{ orderId: { eq: \"d0000042\" } }, { orderId: { in: [\"D0000043\", \"d0000044\"] } }] }", o => o.OrderId == "D0000043"),
        ["string endsWith"] = ("{ orderId: { endsWith: \"7\" } }", o => o.OrderId.EndsWith('7')),
        ["string nendsWith"] = ("{ orderId: { nendsWith: \"7\" } }", o => !o.OrderId.EndsWith('7')),
        ["string eq null"] = ("{ customerId: { eq: null } }", o => o.CustomerId is null),
        ["string neq null"] = ("{ customerId: { neq: null } }", o => o.CustomerId is not null),
        ["string or inside field"] = ("{ currency: { or: [{ eq: \"USD\" }, { eq: \"GBP\" }] } }", o => o.Currency is "USD" or "GBP"),
        ["long eq"] = ("{ refundedAmount: { eq: 0 } }", o => o.RefundedAmount == 0),
        ["long neq"] = ("{ refundedAmount: { neq: 0 } }", o => o.RefundedAmount != 0),
        ["long in"] = ("{ capturedAmount: { in: [0, 1] } }", o => o.CapturedAmount is 0 or 1),
        ["long nin"] = ("{ capturedAmount: { nin: [0] } }", o => o.CapturedAmount != 0),
        ["long gt"] = ("{ amount: { gt: 30000 } }", o => o.Amount > 30000),
        ["long ngt"] = ("{ amount: { ngt: 30000 } }", o => o.Amount <= 30000),
        ["long gte"] = ("{ amount: { gte: 30000 } }", o => o.Amount >= 30000),
        ["long ngte"] = ("{ amount: { ngte: 30000 } }", o => o.Amount < 30000),
        ["long lt"] = ("{ amount: { lt: 5000 } }", o => o.Amount < 5000),
        ["long nlt"] = ("{ amount: { nlt: 5000 } }", o => o.Amount >= 5000),
        ["long lte"] = ("{ amount: { lte: 5000 } }", o => o.Amount <= 5000),
        ["long nlte"] = ("{ amount: { nlte: 5000 } }", o => o.Amount > 5000),
        ["long range"] = ("{ amount: { gte: 1000, lt: 2000 } }", o => o.Amount is >= 1000 and < 2000),
        ["datetime gt"] = ($"{{ createdAt: {{ gt: \"{Cut:O}\" }} }}", o => o.CreatedAt > Cut),
        ["datetime lte with offset"] = ($"{{ createdAt: {{ lte: \"{Cut.AddHours(2):yyyy-MM-ddTHH:mm:ss.fff}+02:00\" }} }}", o => o.CreatedAt <= Cut),
        ["nullable datetime gte"] = ($"{{ lastOperationTime: {{ gte: \"{Cut:O}\" }} }}", o => o.LastOperationTime >= Cut),
        ["enum eq"] = ("{ status: { eq: CAPTURED } }", o => o.Status == OrderStatus.Captured),
        ["enum neq"] = ("{ status: { neq: CAPTURED } }", o => o.Status != OrderStatus.Captured),
        ["enum in"] = ("{ status: { in: [REFUNDED, PARTIALLY_REFUNDED] } }", o => o.Status is OrderStatus.Refunded or OrderStatus.PartiallyRefunded),
        ["enum nin"] = ("{ channel: { nin: [POS] } }", o => o.Channel != Channel.Pos),
        ["nullable enum eq"] = ("{ lastOperationType: { eq: REFUND } }", o => o.LastOperationType == OperationType.Refund),
        ["fields combine with and"] = ("{ currency: { eq: \"EUR\" }, status: { eq: AUTHORIZED } }", o => o.Currency == "EUR" && o.Status == OrderStatus.Authorized),
        ["and"] = ("{ and: [{ amount: { gt: 1000 } }, { amount: { lt: 3000 } }] }", o => o.Amount is > 1000 and < 3000),
        ["or"] = ("{ or: [{ status: { eq: VOIDED } }, { currency: { eq: \"JPY\" } }] }", o => o.Status == OrderStatus.Voided || o.Currency == "JPY"),
        ["nested and/or"] = ("{ or: [{ and: [{ currency: { eq: \"USD\" } }, { amount: { gt: 20000 } }] }, { status: { eq: DECLINED } }] }",
            o => (o.Currency == "USD" && o.Amount > 20000) || o.Status == OrderStatus.Declined),
        ["empty filter"] = ("{ }", _ => true),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task FilterMatchesTheSameRowsAsThePredicate(string name)
    {
        var (where, expected) = Cases[name];
        await using var db = api.Db();
        var all = await db.Orders.AsNoTracking().ToListAsync();
        var expectedIds = all.Where(expected).Select(o => o.OrderId).ToHashSet();

        var orders = (await api.Client().PostAsync($"{{ orders(first: 100, where: {where}) {{ totalCount nodes {{ orderId }} }} }}"))
            .EnsureNoErrors().Data!["orders"]!;

        Assert.Equal(expectedIds.Count, orders["totalCount"]!.GetValue<int>());
        Assert.All(orders["nodes"]!.AsArray(), n => Assert.Contains(n!["orderId"]!.GetValue<string>(), expectedIds));
        Assert.Equal(Math.Min(100, expectedIds.Count), orders["nodes"]!.AsArray().Count);
    }

    /// <summary>SQL commands that read orders so far, once the server has started and seeded (the key lookup is not the filter's).</summary>
    private int OrderQueries()
    {
        _ = api.Server;
        return api.Commands.Containing("FROM \"Orders\"");
    }

    [Fact]
    public async Task EveryCaseSelectsSomethingButNotEverything()
    {
        await using var db = api.Db();
        var all = await db.Orders.AsNoTracking().ToListAsync();
        Assert.All(Cases.Where(c => c.Key != "empty filter"), c =>
        {
            var count = all.Count(c.Value.Expected);
            Assert.True(count > 0 && count < all.Count, $"'{c.Key}' selects {count} of {all.Count}: it proves nothing");
        });
    }

    [Fact]
    public async Task AnUnknownEnumLiteralIsAValidationError()
    {
        var response = await api.Client().PostAsync("{ orders(where: { status: { eq: SHIPPED } }) { totalCount } }");
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task ADateTimeWithoutOffsetIsRefused()
    {
        var response = await api.Client().PostAsync("{ orders(where: { createdAt: { gt: \"2026-11-01T10:00:00\" } }) { totalCount } }");
        Assert.NotNull(response.Errors);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task ARangeOperatorWithNullIsAnError()
    {
        var response = await api.Client().PostAsync("{ orders(where: { amount: { gt: null } }) { totalCount } }");
        Assert.Equal("INVALID_FILTER", response.FirstErrorCode);
    }

    [Fact]
    public async Task AnOverlongInListIsAnError()
    {
        var values = string.Join(", ", Enumerable.Range(0, 501));
        var response = await api.Client().PostAsync($"{{ orders(where: {{ amount: {{ in: [{values}] }} }}) {{ totalCount }} }}");
        Assert.Equal("INVALID_FILTER", response.FirstErrorCode);
    }

    [Fact]
    public async Task NullInTheInListOfANeverNullFieldIsAnError()
    {
        var response = await api.Client().PostAsync("{ orders(where: { amount: { in: [1000, null] } }) { totalCount } }");
        Assert.Equal("INVALID_FILTER", response.FirstErrorCode);
    }

    [Fact]
    public async Task NullInTheInListOfANullableFieldMatchesTheRowsWithoutAValue()
    {
        var response = await api.Client().PostAsync(
            "{ all: orders { totalCount } without: orders(where: { customerId: { eq: null } }) { totalCount } either: orders(where: { customerId: { in: [null, \"no-such-customer\"] } }) { totalCount } }");
        Assert.Null(response.Errors);
        var without = response.Data!["without"]!["totalCount"]!.GetValue<int>();
        Assert.InRange(without, 1, response.Data!["all"]!["totalCount"]!.GetValue<int>() - 1);
        Assert.Equal(without, response.Data!["either"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("amount", "eq")]
    [InlineData("status", "eq")]
    [InlineData("createdAt", "neq")]
    public async Task NullWhereANeverNullFieldNeedsAValueIsAnInvalidFilterNamingIt(string field, string operation)
    {
        var response = await api.Client().PostAsync($"{{ orders(where: {{ {field}: {{ {operation}: null }} }}) {{ totalCount }} }}");
        Assert.Equal("INVALID_FILTER", response.FirstErrorCode);
        var message = response.Errors![0]!["message"]!.GetValue<string>();
        Assert.Contains($"'{operation}'", message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterNestedSixtyDeepIsADepthErrorNotAnInternalOne()
    {
        var where = HostileDocuments.NestedAnd(60);
        var response = await api.Client().PostAsync($"{{ orders(where: {where}) {{ totalCount }} }}");
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AFilterNestedDeeperThanItsLimitInVariablesIsAnInvalidFilter()
    {
        var where = string.Concat(Enumerable.Repeat("{\"and\":[", 20)) + "{\"amount\":{\"gt\":1}}" + string.Concat(Enumerable.Repeat("]}", 20));
        var commands = OrderQueries();
        var response = await api.Client().PostAsync("query($w: OrderFilterInput) { orders(where: $w) { totalCount } }",
            new { w = System.Text.Json.JsonDocument.Parse(where).RootElement });
        Assert.Equal("FILTER_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Equal(10, response.Errors![0]!["extensions"]!["maxDepth"]!.GetValue<int>());
        Assert.Equal(commands, OrderQueries());
    }

    [Fact]
    public async Task AnOrOfAThousandTermsIsRefusedBeforeAnySqlRuns()
    {
        var where = HostileDocuments.WideOr(1000);
        var commands = OrderQueries();
        var response = await api.Client().PostAsync($"{{ orders(where: {where}) {{ totalCount nodes {{ orderId }} }} }}");
        Assert.Equal("FILTER_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Equal(200, response.Errors![0]!["extensions"]!["maxTerms"]!.GetValue<int>());
        Assert.Contains("200", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(commands, OrderQueries());
    }

    [Fact]
    public async Task SeventyInListsOfFiveHundredValuesAreRefusedBeforeAnySqlRuns()
    {
        var terms = string.Join(", ", Enumerable.Range(0, 70).Select(_ => "{ amount: { in: $values } }"));
        var commands = OrderQueries();
        var response = await api.Client().PostAsync($"query($values: [Long]) {{ orders(where: {{ or: [{terms}] }}) {{ totalCount }} }}",
            new { values = Enumerable.Range(0, 500).ToArray() });
        Assert.Equal("FILTER_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Equal(1000, response.Errors![0]!["extensions"]!["maxValues"]!.GetValue<int>());
        Assert.Equal(commands, OrderQueries());
    }

    [Fact]
    public async Task TheValueBudgetIsSharedByEveryFieldOfARequest()
    {
        var values = string.Join(", ", Enumerable.Range(0, 400));
        var response = await api.Client().PostAsync(
            $"{{ a: orders(where: {{ amount: {{ in: [{values}] }} }}) {{ totalCount }} b: orders(where: {{ amount: {{ nin: [{values}] }} }}) {{ totalCount }} c: orders(where: {{ amount: {{ in: [{values}] }} }}) {{ totalCount }} }}");
        Assert.Equal("FILTER_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Equal(["c"], response.Errors!.Select(e => e!["path"]![0]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("contains: \"%\"")]
    [InlineData("startsWith: \"_\"")]
    [InlineData("endsWith: \"\\\\\"")]
    [InlineData("contains: \"[\"")]
    public async Task LikeWildcardsInAStringFilterAreLiteral(string operation)
    {
        var response = await api.Client().PostAsync($"{{ orders(where: {{ description: {{ {operation} }} }}) {{ totalCount }} }}");
        Assert.Equal(0, response.EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>());
    }
}
