using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>Subscriptions on the embedded default (in-process bus): what arrives, and what never does.</summary>
public sealed class SubscriptionTests : IDisposable
{
    private readonly ApiFactory _api = new();

    [Fact]
    public async Task AnotherMerchantReceivesNothingWithOrWithoutArguments()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        await using var demo = await CollectAsync("demo-reader-key", "subscription { operationStatusChanged { eventId order { orderId } } }");
        await using var otherAll = await CollectAsync("other-operator-key", "subscription { operationStatusChanged { eventId } }");
        await using var otherOrder = await CollectAsync("other-operator-key",
            $"subscription {{ operationStatusChanged(orderId: \"{order.OrderId}\") {{ eventId }} }}");
        await using var otherUpdated = await CollectAsync("other-operator-key", $"subscription {{ orderUpdated(orderId: \"{order.OrderId}\") {{ orderId }} }}");
        await _api.WaitForSubscribersAsync(4);

        await RefundAsync(paymentId, 100);
        await demo.WaitForAsync(e => e.Count >= 1);
        await Task.Delay(500);

        Assert.NotEmpty(demo.Events);
        Assert.Empty(otherAll.Events);
        Assert.Empty(otherOrder.Events);
        Assert.Empty(otherUpdated.Events);
    }

    [Fact]
    public async Task ArgumentsNarrowTheEventsAndAnUnknownOrderIsAccepted()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 1);
        await using var byOperation = await CollectAsync("demo-reader-key",
            $"subscription {{ operationStatusChanged(operationId: \"{paymentId}\") {{ previousResult operation {{ operationResult }} }} }}");
        await using var unknown = await CollectAsync("demo-reader-key", "subscription { orderUpdated(orderId: \"NOT-YET\") { orderId } }");
        await using var updated = await CollectAsync("demo-reader-key", $"subscription {{ orderUpdated(orderId: \"{order.OrderId}\") {{ status refundedAmount }} }}");
        await _api.WaitForSubscribersAsync(3);

        await RefundAsync(paymentId, order.CapturedAmount); // a full refund: the new REFUND, and the payment becomes REFUNDED

        var change = await byOperation.WaitForAsync(e => e.Count >= 1);
        Assert.Equal(("EXECUTED", "REFUNDED"), (change[0]["previousResult"]!.GetValue<string>(), change[0]["operation"]!["operationResult"]!.GetValue<string>()));
        var orders = await updated.WaitForAsync(e => e.Count >= 1);
        await Task.Delay(500);
        Assert.Single(updated.Events); // two events, one change of the order
        Assert.Equal("REFUNDED", orders[0]["status"]!.GetValue<string>());
        Assert.Single(byOperation.Events);
        Assert.Empty(unknown.Events);
    }

    private async Task<EventCollector> CollectAsync(string key, string query)
    {
        var client = await ConnectAndInitAsync(_api, key);
        await client.SubscribeAsync("1", query);
        return new EventCollector(client);
    }

    private async Task RefundAsync(string paymentId, long amount) =>
        (await _api.Client("demo-operator-key").PostAsync(MutationScenario.Refund,
            new { input = new { operationId = paymentId, amount, currency = "EUR", idempotencyKey = MutationScenario.Key() } })).EnsureNoErrors();

    public void Dispose() => _api.Dispose();
}
