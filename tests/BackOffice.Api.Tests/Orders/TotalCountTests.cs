using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Orders;

/// <summary>
/// <c>totalCount</c> is kept between requests while the merchant's data is unchanged, and is never stale after a change
/// made through the API. Its own database: the tests refund.
/// </summary>
public sealed class TotalCountTests : IDisposable
{
    private const string Count = """
        query($statuses: [OrderStatus!]) { orders(first: 1, where: { status: { in: $statuses } }) { totalCount } }
        """;

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ARepeatedCountIsNotCountedAgainInTheDatabase()
    {
        var client = _api.Client();
        var first = await CountAsync(client, "CAPTURED");
        var commands = _api.Commands.ForData;
        var second = await CountAsync(client, "CAPTURED");

        Assert.Equal(first, second);
        var sent = _api.Commands.DataTexts.Skip(commands).ToList();
        Assert.Equal(2, sent.Count); // the page and the merchant's data version
        Assert.DoesNotContain(sent, sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_api.Commands.DataTexts.Take(commands), sql => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ARefundThroughTheApiChangesTheNextCount()
    {
        var client = _api.Client();
        var captured = await CountAsync(client, "CAPTURED");
        var refunded = await CountAsync(client, "PARTIALLY_REFUNDED");
        var (paymentId, _) = await PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");

        var refund = await _api.Client("demo-operator-key").PostAsync(Refund,
            new { input = new { operationId = paymentId, amount = 1, currency = "EUR", idempotencyKey = Key() } });
        Assert.Equal("PARTIALLY_REFUNDED", refund.EnsureNoErrors().Data!["refundOperation"]!["order"]!["status"]!.GetValue<string>());

        Assert.Equal(captured - 1, await CountAsync(client, "CAPTURED"));
        Assert.Equal(refunded + 1, await CountAsync(client, "PARTIALLY_REFUNDED"));
    }

    [Fact]
    public async Task EachMerchantHasItsOwnCount()
    {
        var demo = await CountAsync(_api.Client(), "CAPTURED");
        var other = await CountAsync(_api.Client("other-operator-key"), "CAPTURED");

        Assert.NotEqual(demo, other);
        Assert.Equal(demo, await CountAsync(_api.Client(), "CAPTURED"));
    }

    private static async Task<int> CountAsync(GraphQLClient client, string status) =>
        (await client.PostAsync(Count, new { statuses = new[] { status } })).EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>();
}
