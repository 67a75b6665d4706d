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
        ["string contains"] = ("{ description: { contains: \"ing\" } }", o => o.Description?.Contains("ing", StringComparison.Ordinal) == true),
        ["string ncontains"] = ("{ description: { ncontains: \"ing\" } }", o => o.Description?.Contains("ing", StringComparison.Ordinal) != true),
        ["string startsWith"] = ("{ orderId: { startsWith: \"D00001\" } }", o => o.OrderId.StartsWith("D00001", StringComparison.Ordinal)),
        ["string nstartsWith"] = ("{ orderId: { nstartsWith: \"D0000\" } }", o => !o.OrderId.StartsWith("D0000", StringComparison.Ordinal)),
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
}
