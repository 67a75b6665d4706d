using System.Net;
using BackOffice.Api.Tests.Realtime;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Rest;

/// <summary>The two doors on one core: each sees the other's writes, and a REST write reaches GraphQL subscribers.</summary>
public sealed class RestAndGraphQLTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ARestRefundReachesGraphQLSubscribersOnceEvenWhenReplayed()
    {
        var (paymentId, order) = await PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        await using var changes = await CollectAsync($$"""
            subscription { operationStatusChanged(orderId: "{{order.OrderId}}") { operation { operationId operationType operationAmount } order { refundedAmount } } }
            """);
        await using var updates = await CollectAsync($$"""subscription { orderUpdated(orderId: "{{order.OrderId}}") { refundedAmount } }""");
        await api.WaitForSubscribersAsync(2);

        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Key() };
        var refund = await new RestClient(api, "demo-operator-key").PostAsync($"/operations/{paymentId}/refunds", """{"amount":"700","currency":"EUR"}""", key);
        var replay = await new RestClient(api, "demo-operator-key").PostAsync($"/operations/{paymentId}/refunds", """{"amount":"700","currency":"EUR"}""", key);

        Assert.Equal(HttpStatusCode.OK, refund.Status);
        Assert.Equal(refund.Body!.ToJsonString(), replay.Body!.ToJsonString());
        var refundId = refund.Body["operationId"]!.GetValue<string>();
        var events = await changes.WaitForAsync(e => e.Any(IsTheRefund));
        var change = Assert.Single(events, IsTheRefund);
        Assert.Equal(("REFUND", 700L), (change["operation"]!["operationType"]!.GetValue<string>(), change["operation"]!["operationAmount"]!.GetValue<long>()));
        Assert.Equal(700L, (await updates.WaitForAsync(e => e.Count >= 1))[0]["refundedAmount"]!.GetValue<long>());
        await Task.Delay(500);
        Assert.Single(changes.Events, IsTheRefund); // the replay published nothing
        Assert.Single(updates.Events);

        bool IsTheRefund(System.Text.Json.Nodes.JsonNode e) => e["operation"]!["operationId"]!.GetValue<string>() == refundId;
    }

    [Fact]
    public async Task AGraphQLRefundShowsInTheRestOrder()
    {
        var (paymentId, order) = await PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 1);
        var result = (await api.Client("demo-operator-key").PostAsync(
            "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }",
            new { input = new { operationId = paymentId, amount = 1500, currency = "EUR", idempotencyKey = Key() } })).EnsureNoErrors();
        var refundId = result.Data!["refundOperation"]!["operation"]!["operationId"]!.GetValue<string>();

        var rest = await new RestClient(api).GetAsync($"/orders/{Uri.EscapeDataString(order.OrderId)}");

        var refund = Assert.Single(rest.Body!["operations"]!.AsArray(), o => o!["operationId"]!.GetValue<string>() == refundId)!;
        Assert.Equal(("REFUND", "1500"), (refund["operationType"]!.GetValue<string>(), refund["operationAmount"]!.GetValue<string>()));
        Assert.Equal("1500", rest.Body["operations"]!.AsArray().Where(o => o!["operationType"]!.GetValue<string>() == "REFUND")
            .Select(o => o!["operationAmount"]!.GetValue<string>()).Single());
    }

    private async Task<EventCollector> CollectAsync(string query)
    {
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(api);
        await client.SubscribeAsync("1", query);
        return new EventCollector(client);
    }
}
