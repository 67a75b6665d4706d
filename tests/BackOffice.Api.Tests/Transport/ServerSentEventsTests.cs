using System.Net;
using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Transport;

/// <summary>
/// GraphQL over Server-Sent Events as graphql-sse's client and HotChocolate's users meet it: a query, a mutation and a
/// subscription on one stream each, every refusal before a stream starts, keep-alives, the per-key stream limit, a
/// disconnect and a stopping server.
/// </summary>
public sealed class ServerSentEventsTests(ServerSentEventsTests.Fixture fixture) : IClassFixture<ServerSentEventsTests.Fixture>
{
    private const string OrderEvents = "subscription($orderId: String) { operationStatusChanged(orderId: $orderId) { eventId order { orderId refundedAmount } } }";

    public sealed class Fixture : IDisposable
    {
        public ApiFactory Api { get; } = new()
        {
            Settings = new Dictionary<string, string>
            {
                ["GraphQL:ServerSentEvents:KeepAliveInterval"] = "00:00:00.200",
                ["GraphQL:Streams:MaxPerApiKey"] = "2",
            },
        };

        public void Dispose() => Api.Dispose();
    }

    private ApiFactory Api => fixture.Api;

    [Fact]
    public async Task AQueryIsOneNextThenComplete()
    {
        await using var stream = await OpenAsync("demo-reader-key", "{ orders(first: 2) { nodes { orderId } } }");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.MediaType);
        var events = await stream.ReadToEndAsync();
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal(2, events[0].Json["data"]!["orders"]!["nodes"]!.AsArray().Count);
        Assert.Equal("", events[1].Data);
    }

    [Fact]
    public async Task AMutationIsOneNextThenComplete()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 3);
        await using var stream = await OpenAsync("demo-operator-key", MutationScenario.Refund,
            new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = MutationScenario.Key() } });

        var events = await stream.ReadToEndAsync();
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var refund = events[0].Json["data"]!["refundOperation"]!;
        Assert.Equal(order.RefundedAmount + 100, refund["order"]!["refundedAmount"]!.GetValue<long>());
        Assert.Null(refund["errors"]);
    }

    [Fact]
    public async Task ASubscriptionStreamsTheEventsOfARefundAndADisconnectEndsIt()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 4);
        var stream = await OpenAsync("demo-reader-key", OrderEvents, new { orderId = order.OrderId });
        await Api.WaitForSubscribersAsync(1);

        await RefundAsync(paymentId, 100);

        var next = await stream.NextAsync();
        Assert.Equal("next", next!.Event);
        Assert.Equal(order.OrderId, next.Json["data"]!["operationStatusChanged"]!["order"]!["orderId"]!.GetValue<string>());
        await stream.DisposeAsync();
        await Api.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task ASubscriptionOverGetWorksAsEventSourceSendsIt()
    {
        var (paymentId, order) = await MutationScenario.PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 5);
        await using var stream = await OpenAsync("demo-reader-key", OrderEvents, new { orderId = order.OrderId }, get: true);
        await Api.WaitForSubscribersAsync(1);

        await RefundAsync(paymentId, 100);

        Assert.Equal("next", (await stream.NextAsync())!.Event);
    }

    [Fact]
    public async Task AMutationOverGetIsRefusedInTheStream()
    {
        await using var stream = await OpenAsync("demo-operator-key", "mutation { __typename }", get: true);

        var events = await stream.ReadToEndAsync();
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("QUERY_ONLY_OVER_GET", events[0].Json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnInvalidDocumentIsANextWithItsErrorsThenComplete()
    {
        await using var stream = await OpenAsync("demo-reader-key", "subscription { noSuchField }");

        var events = await stream.ReadToEndAsync();
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.NotNull(events[0].Json["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(events[0].Json["data"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task AMissingOrBadKeyIs401BeforeAnyStream(string? key)
    {
        await using var stream = await OpenAsync(key, "subscription { operationStatusChanged { eventId } }");

        Assert.Equal(HttpStatusCode.Unauthorized, stream.Status);
        Assert.Equal("application/json", stream.MediaType);
        Assert.Equal("UNAUTHENTICATED", (await stream.ErrorBodyAsync())["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"query\":")]
    [InlineData("{\"qeury\": \"{ __typename }\"}")]
    [InlineData("[{\"query\": \"{ __typename }\"}]")]
    [InlineData("")]
    public async Task AnUnreadableRequestOrABatchIs400BeforeAnyStream(string body)
    {
        await using var stream = await OpenAsync("demo-reader-key", "", body: body);

        Assert.Equal(HttpStatusCode.BadRequest, stream.Status);
        Assert.Equal("application/json", stream.MediaType);
        Assert.Equal("INVALID_REQUEST", (await stream.ErrorBodyAsync())["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AQuietStreamIsKeptAliveWithComments()
    {
        await using var stream = await OpenAsync("demo-reader-key", "subscription { orderUpdated(orderId: \"QUIET\") { orderId } }");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.NextAsync(TimeSpan.FromSeconds(1.5)));
        Assert.True(stream.Comments >= 3, $"{stream.Comments} keep-alive comments in 1.5 s at a 200 ms interval");
    }

    [Fact]
    public async Task StreamsAndSocketsCountTogetherAgainstTheKeysLimit()
    {
        const string quiet = "subscription { orderUpdated(orderId: \"LIMIT\") { orderId } }";
        var socket = await ConnectAndInitAsync(Api, "other-operator-key");
        await using (var stream = await OpenAsync("other-operator-key", quiet))
        {
            Assert.Equal(HttpStatusCode.OK, stream.Status);
            await using var refused = await OpenAsync("other-operator-key", quiet);

            Assert.Equal((HttpStatusCode)429, refused.Status);
            Assert.Equal("TOO_MANY_STREAMS", (await refused.ErrorBodyAsync())["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        await socket.DisposeAsync();
        HttpStatusCode status = default;
        for (var i = 0; i < 100 && status != HttpStatusCode.OK; i++)
        {
            await Task.Delay(50); // the server frees the slots as it notices the disconnects
            await using var again = await OpenAsync("other-operator-key", "{ __typename }");
            status = again.Status;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task AStreamAndASocketOnTheSameSubscriptionShareOneExecution()
    {
        const string query = "subscription { orderUpdated(orderId: \"SHARED\") { orderId } }";
        await using var socket = await ConnectAndInitAsync(Api, "demo-reader-key");
        await socket.SubscribeAsync("1", query);
        await using var stream = await OpenAsync("demo-reader-key", query);

        await Api.WaitForSubscribersAsync(2);
        Assert.Equal(1, Api.Services.GetRequiredService<EventHub>().SubscriberCount);
    }

    [Fact]
    public async Task AKeyOverItsRateIsRefusedBeforeAnyStream()
    {
        using var limited = new ApiFactory
        {
            Settings = new Dictionary<string, string> { ["RateLimiting:Enabled"] = "true", ["RateLimiting:Burst"] = "2", ["RateLimiting:PermitsPerSecond"] = "1" },
        };
        await limited.Client().PostAsync("{ __typename }"); // the key is known from here on: its own bucket
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            await using var stream = await EventStreamClient.OpenAsync(limited.CreateClient(), "demo-reader-key", "{ __typename }");
            statuses.Add(stream.Status);
            if (stream.Status == (HttpStatusCode)429)
            {
                Assert.Equal("RATE_LIMITED", (await stream.ErrorBodyAsync())["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            }
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal((HttpStatusCode)429, statuses[^1]);
    }

    [Fact]
    public async Task AStoppingServerEndsItsStreamsPromptly()
    {
        using var api = new ApiFactory();
        await using var stream = await EventStreamClient.OpenAsync(api.CreateClient(), "demo-reader-key", "subscription { orderUpdated(orderId: \"STOP\") { orderId } }");
        await api.WaitForSubscribersAsync(1);

        api.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.True(await stream.EndsWithinAsync(TimeSpan.FromSeconds(3)), "the stream was still open 3 s after the server began to stop");
    }

    private Task<EventStreamClient> OpenAsync(string? key, string query, object? variables = null, bool get = false, string? body = null) =>
        EventStreamClient.OpenAsync(Api.CreateClient(), key, query, variables, get, body: body);

    private async Task RefundAsync(string paymentId, long amount) =>
        (await Api.Client("demo-operator-key").PostAsync(MutationScenario.Refund,
            new { input = new { operationId = paymentId, amount, currency = "EUR", idempotencyKey = MutationScenario.Key() } })).EnsureNoErrors();
}
