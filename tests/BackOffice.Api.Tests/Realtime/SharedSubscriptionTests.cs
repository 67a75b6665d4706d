using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>
/// Subscribers with the same document, variables, merchant and role share one execution per event and get the same bytes;
/// any difference in those runs apart; members come and go without disturbing each other.
/// </summary>
public sealed class SharedSubscriptionTests : IDisposable
{
    private const string ByOrder = "subscription($o: String) { operationStatusChanged(orderId: $o) { eventId operation { operationType } order { orderId } } }";
    private readonly ApiFactory _api = new();

    private SubscriptionAudiences Audiences => _api.Services.GetRequiredService<SubscriptionAudiences>();

    private EventHub Hub => _api.Services.GetRequiredService<EventHub>();

    [Fact]
    public async Task TwoSocketsWithOneDocumentGetTheSameBytesFromOneExecution()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        await using var first = await ConnectAndInitAsync(_api);
        await using var second = await ConnectAndInitAsync(_api);
        await first.SubscribeAsync("1", ByOrder, new { o = order.OrderId });
        // Spacing, a comment and another order of the variables do not make another audience.
        await second.SubscribeAsync("1", "# the same\n" + ByOrder.Replace(" { ", "{", StringComparison.Ordinal), new Dictionary<string, object?> { ["o"] = order.OrderId });
        await _api.WaitForSubscribersAsync(2);
        Assert.Equal(1, Hub.SubscriberCount);
        var executions = Audiences.Executions;

        await RefundAsync(paymentId, 100);
        var fromFirst = await first.ReceiveTextAsync();
        var fromSecond = await second.ReceiveTextAsync();

        Assert.NotNull(fromFirst);
        Assert.Equal(fromFirst, fromSecond); // byte for byte
        Assert.Equal("REFUND", JsonNode.Parse(fromFirst)!["payload"]!["data"]!["operationStatusChanged"]!["operation"]!["operationType"]!.GetValue<string>());
        await Task.Delay(300);
        Assert.Equal(1, Audiences.Executions - executions);
    }

    [Fact]
    public async Task OtherVariablesMerchantsOrRolesRunApartAndSeeOnlyTheirOwn()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        await using var reader = await CollectAsync("demo-reader-key", order.OrderId);
        await using var sameAsReader = await CollectAsync("demo-reader-key", order.OrderId);
        await using var otherOrder = await CollectAsync("demo-reader-key", "NOT-THIS-ONE");
        await using var operatorRole = await CollectAsync("demo-operator-key", order.OrderId);
        await using var otherMerchant = await CollectAsync("other-operator-key", order.OrderId);
        await _api.WaitForSubscribersAsync(5);
        Assert.Equal(4, Hub.SubscriberCount); // only the two readers of one order share
        var executions = Audiences.Executions;

        await RefundAsync(paymentId, 100);
        await reader.WaitForAsync(e => e.Count >= 1);
        await sameAsReader.WaitForAsync(e => e.Count >= 1);
        await operatorRole.WaitForAsync(e => e.Count >= 1);
        await Task.Delay(500);

        Assert.Single(reader.Events);
        Assert.Single(sameAsReader.Events);
        Assert.Single(operatorRole.Events);
        Assert.Empty(otherOrder.Events);
        Assert.Empty(otherMerchant.Events);
        Assert.Equal(2, Audiences.Executions - executions); // the readers' and the operator's; the others had nothing to run
    }

    [Fact]
    public async Task AMemberLeavingDoesNotStopTheOthersAndTheLastOneDisposesTheExecution()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        var leaving = await ConnectAndInitAsync(_api);
        await leaving.SubscribeAsync("1", ByOrder, new { o = order.OrderId });
        await using var staying = await ConnectAndInitAsync(_api);
        await staying.SubscribeAsync("s", ByOrder, new { o = order.OrderId });
        await _api.WaitForSubscribersAsync(2);

        await leaving.DisposeAsync();
        await _api.WaitForSubscribersAsync(1);
        Assert.Equal(1, Hub.SubscriberCount);
        await RefundAsync(paymentId, 100);
        var next = await staying.ReceiveAsync();
        Assert.Equal(("next", "s"), (next?["type"]?.GetValue<string>(), next?["id"]?.GetValue<string>()));

        await staying.SendAsync(new { id = "s", type = "complete" });
        await _api.WaitForSubscribersAsync(0);
        for (var i = 0; i < 100 && Hub.SubscriberCount > 0; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, Hub.SubscriberCount); // the shared execution's hub subscriber is gone with its last member

        // A new subscriber of the same document starts a new execution that works.
        await staying.SubscribeAsync("again", ByOrder, new { o = order.OrderId });
        await _api.WaitForSubscribersAsync(1);
        await RefundAsync(paymentId, 100);
        Assert.Equal("again", (await staying.ReceiveAsync())?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task AnInvalidSubscriptionAnswersEverySubscriberWithItsErrorAndIsNotKept()
    {
        await using var first = await ConnectAndInitAsync(_api);
        await using var second = await ConnectAndInitAsync(_api);
        await first.SubscribeAsync("a", "subscription { operationStatusChanged { nope } }");
        await second.SubscribeAsync("b", "subscription { operationStatusChanged { nope } }");

        foreach (var (client, id) in new[] { (first, "a"), (second, "b") })
        {
            var error = await client.ReceiveAsync();
            Assert.Equal(("error", id), (error?["type"]?.GetValue<string>(), error?["id"]?.GetValue<string>()));
            Assert.Equal("FIELDS_ON_CORRECT_TYPE", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        await _api.WaitForSubscribersAsync(0);
        Assert.Equal(0, Hub.SubscriberCount);
    }

    private async Task<EventCollector> CollectAsync(string key, string orderId)
    {
        var client = await ConnectAndInitAsync(_api, key);
        await client.SubscribeAsync("1", ByOrder, new { o = orderId });
        return new EventCollector(client);
    }

    private async Task RefundAsync(string paymentId, long amount) =>
        (await _api.Client("demo-operator-key").PostAsync(MutationScenario.Refund,
            new { input = new { operationId = paymentId, amount, currency = "EUR", idempotencyKey = MutationScenario.Key() } })).EnsureNoErrors();

    public void Dispose() => _api.Dispose();
}
