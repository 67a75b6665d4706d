using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Transport;

/// <summary>
/// The legacy graphql-ws sub-protocol (subscriptions-transport-ws) as Strawberry Shake and older Apollo clients speak it:
/// init/ack/ka, start/data/complete, stop, its errors, and only its own message types on the socket.
/// </summary>
public sealed class LegacyWebSocketProtocolTests(LegacyWebSocketProtocolTests.Fixture fixture) : IClassFixture<LegacyWebSocketProtocolTests.Fixture>
{
    private const string Legacy = "graphql-ws";
    private static readonly string[] LegacyServerTypes = ["connection_ack", "connection_error", "ka", "data", "error", "complete"];

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
    public async Task AValidKeyIsAcknowledgedThenKeptAliveWithKaOnly()
    {
        await using var client = await ConnectAsync(Api, Legacy);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });

        Assert.Equal(Legacy, client.Socket.SubProtocol);
        Assert.Equal("connection_ack", await TypeOfNextAsync(client));
        Assert.Equal("ka", await TypeOfNextAsync(client, TimeSpan.FromMilliseconds(500))); // right after the ack, not a tick later: the client's keep-alive watch starts with it
        Assert.Equal("ka", await TypeOfNextAsync(client, TimeSpan.FromSeconds(3))); // then every KeepAliveInterval, never a ping
    }

    [Theory]
    [InlineData("graphql-ws", "graphql-transport-ws", "ka")]
    [InlineData("graphql-transport-ws", "graphql-ws", "ping")]
    public async Task AClientOfferingBothIsSpokenToInTheOneItListsFirst(string first, string second, string keepAlive)
    {
        var connector = Api.Server.CreateWebSocketClient();
        connector.SubProtocols.Add(first);
        connector.SubProtocols.Add(second);
        await using var client = new GraphQLWebSocketClient(await connector.ConnectAsync(new Uri(Api.Server.BaseAddress, "graphql"), CancellationToken.None));
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });

        Assert.Equal(first, client.Socket.SubProtocol);
        Assert.Equal("connection_ack", await TypeOfNextAsync(client));
        Assert.Equal(keepAlive, await TypeOfNextAsync(client, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task AQueryStartedOverTheSocketAnswersDataThenComplete()
    {
        await using var client = await InitializedAsync();
        await client.SendAsync(new { id = "q", type = "start", payload = new { query = "{ orders(first: 2) { nodes { orderId } } }" } });

        var data = await client.ReceiveAsync();
        Assert.Equal(("data", "q"), (data?["type"]?.GetValue<string>(), data?["id"]?.GetValue<string>()));
        Assert.Equal(2, data!["payload"]!["data"]!["orders"]!["nodes"]!.AsArray().Count);
        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "q"), (complete?["type"]?.GetValue<string>(), complete?["id"]?.GetValue<string>()));
    }

    [Fact]
    public async Task ARefundReachesASubscriptionAsDataFromTheSharedExecution()
    {
        var (paymentId, order) = await Mutations.MutationScenario.PaymentOfAsync(Api, o => o.Status == Domain.Orders.OrderStatus.Captured && o.Currency == "EUR");
        await using var client = await InitializedAsync("demo-operator-key");
        await client.SendAsync(new
        {
            id = "events", type = "start",
            payload = new { query = "subscription($o: String) { operationStatusChanged(orderId: $o) { operation { operationType } } }", variables = new { o = order.OrderId } },
        });
        await Api.WaitForSubscribersAsync(1);
        await client.SendAsync(new
        {
            id = "m", type = "start",
            payload = new
            {
                query = Mutations.MutationScenario.Refund,
                variables = new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = Guid.NewGuid().ToString() } },
            },
        });

        var messages = new List<JsonNode>();
        for (var i = 0; i < 3; i++)
        {
            messages.Add((await client.ReceiveAsync())!);
        }

        Assert.All(messages, m => Assert.Contains(m["type"]!.GetValue<string>(), LegacyServerTypes));
        Assert.Contains(messages, m => m["id"]?.GetValue<string>() == "m" && m["type"]?.GetValue<string>() == "complete");
        Assert.Contains(messages, m => m["id"]?.GetValue<string>() == "events" && m["type"]?.GetValue<string>() == "data"
            && m["payload"]?["data"]?["operationStatusChanged"]?["operation"]?["operationType"]?.GetValue<string>() == "REFUND");
    }

    [Fact]
    public async Task StopEndsTheSubscriptionAndTheSocketGoesOn()
    {
        var hub = Api.Services.GetRequiredService<EventHub>();
        await Api.WaitForSubscribersAsync(0);
        await using var client = await InitializedAsync();
        await client.SendAsync(new { id = "s", type = "start", payload = new { query = "subscription { operationStatusChanged { eventId } }" } });
        await Api.WaitForSubscribersAsync(1);

        await client.SendAsync(new { id = "s", type = "stop" });
        await Api.WaitForSubscribersAsync(0);
        Assert.Equal(0, hub.SubscriberCount);

        await client.SendAsync(new { id = "s", type = "start", payload = new { query = "{ __typename }" } }); // the id is free again
        Assert.Equal("data", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task AStartWithTheIdOfARunningSubscriptionReplacesIt()
    {
        await Api.WaitForSubscribersAsync(0);
        await using var client = await InitializedAsync();
        await client.SendAsync(new { id = "s", type = "start", payload = new { query = "subscription { operationStatusChanged { eventId } }" } });
        await Api.WaitForSubscribersAsync(1);

        await client.SendAsync(new { id = "s", type = "start", payload = new { query = "{ __typename }" } });
        var data = await client.ReceiveAsync();
        Assert.Equal(("data", "Query"), (data?["type"]?.GetValue<string>(), data?["payload"]?["data"]?["__typename"]?.GetValue<string>()));
        await Api.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task AnInvalidQueryGetsAnErrorWithItsCode()
    {
        await using var client = await InitializedAsync();
        await client.SendAsync(new { id = "bad", type = "start", payload = new { query = "{ nope }" } });

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "bad"), (error?["type"]?.GetValue<string>(), error?["id"]?.GetValue<string>()));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABadKeyGetsAConnectionErrorThenIsClosedWith4403()
    {
        await using var client = await ConnectAsync(Api, Legacy);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "nope" } });

        var error = await client.ReceiveAsync();
        Assert.Equal("connection_error", error?["type"]?.GetValue<string>());
        Assert.Equal("FORBIDDEN", error!["payload"]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("X-Api-Key", error["payload"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(4403, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task StartingBeforeInitGetsAConnectionErrorThenIsClosedWith4401()
    {
        await using var client = await ConnectAsync(Api, Legacy);
        await client.SendAsync(new { id = "1", type = "start", payload = new { query = "{ __typename }" } });

        Assert.Equal("UNAUTHENTICATED", (await client.ReceiveAsync())?["payload"]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(4401, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task NoInitInTimeIsClosedWith4408()
    {
        await using var client = await ConnectAsync(Api, Legacy);
        Assert.Equal("CONNECTION_INITIALISATION_TIMEOUT", (await client.ReceiveAsync())?["payload"]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(4408, (await client.ClosedAsync()).Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ __typename }\"}}")] // graphql-transport-ws's, not this protocol's
    [InlineData("{\"type\":\"ping\"}")]
    [InlineData("{\"id\":\"1\",\"type\":\"start\",\"payload\":{}}")]
    public async Task AMalformedMessageGetsAConnectionErrorThenIsClosedWith4400(string message)
    {
        await using var client = await InitializedAsync();
        await client.SendTextAsync(message);

        var error = await client.ReceiveAsync();
        Assert.Equal(("connection_error", "INVALID_REQUEST"),
            (error?["type"]?.GetValue<string>(), error?["payload"]?["extensions"]?["code"]?.GetValue<string>()));
        Assert.Equal(4400, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task AnOversizedMessageIsClosedWith1009()
    {
        await using var client = await InitializedAsync();
        await client.SendAsync(new { id = "1", type = "start", payload = new { query = "{ __typename }" + new string(' ', 5000) } });

        Assert.Equal("REQUEST_TOO_LARGE", (await client.ReceiveAsync())?["payload"]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(1009, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task TooManySubscriptionsOnOneSocketGetAnError()
    {
        await using var client = await InitializedAsync();
        for (var i = 1; i <= 4; i++)
        {
            await client.SendAsync(new { id = $"s{i}", type = "start", payload = new { query = "subscription { operationStatusChanged { eventId } }" } });
        }

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "s4"), (error?["type"]?.GetValue<string>(), error?["id"]?.GetValue<string>()));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", error!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TooManySocketsForOneKeyGetAConnectionErrorThenAreClosedWith1008()
    {
        // The key's socket limit counts both protocols' sockets together.
        await using var first = await ConnectAndInitAsync(Api, "other-operator-key");
        await using var second = await InitializedAsync("other-operator-key");
        await using var third = await ConnectAsync(Api, Legacy);
        await third.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "other-operator-key" } });

        Assert.Equal("TOO_MANY_SOCKETS", (await third.ReceiveAsync())?["payload"]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(1008, (await third.ClosedAsync()).Code);
    }

    [Fact]
    public async Task ConnectionTerminateClosesTheSocketNormally()
    {
        await using var client = await InitializedAsync();
        await client.SendAsync(new { type = "connection_terminate" });
        Assert.Equal(1000, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task OperationsOverTheKeysRateGetRateLimitedErrors()
    {
        using var api = new ApiFactory
        {
            Settings = new Dictionary<string, string> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Burst"] = "2", ["RateLimiting:PermitsPerSecond"] = "1" },
        };
        await using var client = await ConnectAsync(api, Legacy);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
        for (var i = 0; i < 8; i++)
        {
            await client.SendAsync(new { id = $"q{i}", type = "start", payload = new { query = "{ __typename }" } });
        }

        var errors = new List<JsonNode>();
        while (errors.Count < 3 && await client.ReceiveAsync() is { } message)
        {
            if (message["type"]!.GetValue<string>() == "error")
            {
                errors.Add(message);
            }
        }

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("RATE_LIMITED", e["payload"]![0]!["extensions"]!["code"]!.GetValue<string>()));
    }

    private async Task<GraphQLWebSocketClient> InitializedAsync(string key = "demo-reader-key")
    {
        var client = await ConnectAsync(Api, Legacy);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = key } });
        Assert.Equal("connection_ack", await TypeOfNextAsync(client));
        return client;
    }

    private static async Task<string?> TypeOfNextAsync(GraphQLWebSocketClient client, TimeSpan? timeout = null) =>
        (await client.ReceiveAsync(timeout, skipKeepAlives: false))?["type"]?.GetValue<string>();
}
