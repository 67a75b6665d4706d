using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Transport;

/// <summary>graphql-transport-ws as the protocol defines it: every close code, ping/pong, complete, and operations over the socket.</summary>
public sealed class WebSocketProtocolTests(WebSocketProtocolTests.Fixture fixture) : IClassFixture<WebSocketProtocolTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ApiFactory Api { get; } = new()
        {
            Settings = new Dictionary<string, string>
            {
                ["GraphQL:WebSockets:ConnectionInitWaitTimeout"] = "00:00:01",
                ["GraphQL:WebSockets:KeepAliveInterval"] = "00:00:01",
                ["GraphQL:WebSockets:MaxSubscriptionsPerSocket"] = "3",
                ["GraphQL:Streams:MaxPerApiKey"] = "2",
                ["GraphQL:WebSockets:MaxMessageBytes"] = "4096",
            },
        };

        public void Dispose() => Api.Dispose();
    }

    private ApiFactory Api => fixture.Api;

    [Fact]
    public async Task AValidKeyInConnectionInitIsAcknowledged()
    {
        await using var client = await ConnectAndInitAsync(Api);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task ABadKeyIsClosedWith4403()
    {
        await using var client = await ConnectAsync(Api);
        await client.SendAsync(new { type = "connection_init", payload = new { X_Api_Key = "nope" } });
        Assert.Equal(4403, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task NoInitInTimeIsClosedWith4408()
    {
        await using var client = await ConnectAsync(Api);
        Assert.Equal(4408, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task AnAcknowledgedSocketOutlivesTheInitDeadline()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await Task.Delay(TimeSpan.FromSeconds(2)); // twice the deadline
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task ASecondInitIsClosedWith4429()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SendAsync(new { type = "connection_init", payload = new { X_Api_Key = "demo-reader-key" } });
        Assert.Equal(4429, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task SubscribingBeforeTheAckIsClosedWith4401()
    {
        await using var client = await ConnectAsync(Api);
        await client.SubscribeAsync("1", "{ __typename }");
        Assert.Equal(4401, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task ADuplicateActiveIdIsClosedWith4409()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SubscribeAsync("same", "subscription { operationStatusChanged { eventId } }");
        await client.SubscribeAsync("same", "subscription { operationStatusChanged { eventId } }");
        var (code, reason) = await client.ClosedAsync();
        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for same already exists", reason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"unknown\"}")]
    [InlineData("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{}}")]
    [InlineData("{\"id\":1,\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}")]
    public async Task AMalformedMessageIsClosedWith4400(string message)
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SendTextAsync(message);
        Assert.Equal(4400, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task AnOversizedMessageIsClosedWith1009()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SubscribeAsync("1", "{ __typename }" + new string(' ', 5000));
        Assert.Equal(1009, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task AnUnknownSubProtocolIsClosedWith4406NamingBothWeSpeak()
    {
        await using var client = await ConnectAsync(Api, "graphql-sse");
        var (code, reason) = await client.ClosedAsync();
        Assert.Equal(4406, code);
        Assert.Equal("Subprotocol not acceptable; use graphql-transport-ws or graphql-ws", reason);
    }

    [Fact]
    public async Task PingIsAnsweredWithPongAndTheServerPingsToo()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
        Assert.Equal("ping", (await client.ReceiveAsync(TimeSpan.FromSeconds(3), skipKeepAlives: false))?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task AQueryRunsOverTheSocket()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SubscribeAsync("q", "{ orders(first: 2) { nodes { orderId } } }");
        var next = await client.ReceiveAsync();
        Assert.Equal(("next", "q"), (next?["type"]?.GetValue<string>(), next?["id"]?.GetValue<string>()));
        Assert.Equal(2, next!["payload"]!["data"]!["orders"]!["nodes"]!.AsArray().Count);
        Assert.Equal("complete", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task AnInvalidQueryGetsAnErrorMessage()
    {
        await using var client = await ConnectAndInitAsync(Api);
        await client.SubscribeAsync("bad", "{ nope }");
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error?["type"]?.GetValue<string>());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMutationOverTheSocketReachesASubscriptionOnTheSameSocket()
    {
        var (paymentId, order) = await Mutations.MutationScenario.PaymentOfAsync(Api, o => o.Status == Domain.Orders.OrderStatus.Captured && o.Currency == "EUR");
        await using var client = await ConnectAndInitAsync(Api, "demo-operator-key");
        await client.SubscribeAsync("events", "subscription($o: String) { operationStatusChanged(orderId: $o) { operation { operationType } order { orderId } } }", new { o = order.OrderId });
        await Api.WaitForSubscribersAsync(1);
        await client.SubscribeAsync("m", Mutations.MutationScenario.Refund,
            new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = Guid.NewGuid().ToString() } });

        var messages = new List<System.Text.Json.Nodes.JsonNode>();
        for (var i = 0; i < 3; i++)
        {
            messages.Add((await client.ReceiveAsync())!);
        }

        Assert.Contains(messages, m => m["id"]?.GetValue<string>() == "m" && m["type"]?.GetValue<string>() == "next");
        Assert.Contains(messages, m => m["id"]?.GetValue<string>() == "m" && m["type"]?.GetValue<string>() == "complete");
        Assert.Contains(messages, m => m["id"]?.GetValue<string>() == "events"
            && m["payload"]?["data"]?["operationStatusChanged"]?["operation"]?["operationType"]?.GetValue<string>() == "REFUND");
    }

    [Fact]
    public async Task CompletingOrClosingDisposesEverySubscription()
    {
        var hub = Api.Services.GetRequiredService<EventHub>();
        await Api.WaitForSubscribersAsync(0);
        var client = await ConnectAndInitAsync(Api);
        await client.SubscribeAsync("a", "subscription { operationStatusChanged { eventId } }");
        await client.SubscribeAsync("b", "subscription { orderUpdated { orderId } }");
        await Api.WaitForSubscribersAsync(2);

        await client.SendAsync(new { id = "a", type = "complete" });
        await Api.WaitForSubscribersAsync(1);
        await client.SubscribeAsync("a", "subscription { operationStatusChanged { eventId } }"); // an id may be reused once completed
        await Api.WaitForSubscribersAsync(2);

        await client.DisposeAsync();
        await Api.WaitForSubscribersAsync(0);
        Assert.Equal(0, hub.SubscriberCount);
    }

    [Fact]
    public async Task TooManySubscriptionsOnOneSocketGetAnError()
    {
        await using var client = await ConnectAndInitAsync(Api);
        for (var i = 1; i <= 3; i++)
        {
            await client.SubscribeAsync($"s{i}", "subscription { operationStatusChanged { eventId } }");
        }

        await client.SubscribeAsync("s4", "subscription { operationStatusChanged { eventId } }");
        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "s4"), (error?["type"]?.GetValue<string>(), error?["id"]?.GetValue<string>()));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooManySocketsForOneKeyAreClosedWith1008()
    {
        await using var first = await ConnectAndInitAsync(Api, "other-operator-key");
        await using var second = await ConnectAndInitAsync(Api, "other-operator-key");
        await using var third = await ConnectAsync(Api);
        await third.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "other-operator-key" } });
        var (code, reason) = await third.ClosedAsync();
        Assert.Equal(1008, code);
        Assert.Contains("API key", reason, StringComparison.Ordinal);
    }
}
