using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>
/// Two API instances on one database and one real redis-server (started on a free loopback port): fan-out across
/// instances, Redis going away and coming back, and a dispatcher dying between publish and mark-sent.
/// </summary>
public sealed class RedisFanOutTests : IDisposable
{
    private const string Events = "subscription { operationStatusChanged { eventId sequence operation { operationId operationType } order { orderId } } }";
    private readonly RedisServer _redis = new();
    private readonly ApiFactory _one;
    private readonly ApiFactory _two;

    public RedisFanOutTests()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Outbox:PollInterval"] = "00:00:00.2",
            ["Outbox:ClaimDuration"] = "00:00:01",
            ["Outbox:RetryDelay"] = "00:00:00.2",
        };
        _one = new ApiFactory { Settings = settings };
        _ = _one.Server; // migrates and seeds before the second instance starts
        _two = new ApiFactory { Settings = settings, SharedDatabase = _one };
        _ = _two.Server;
    }

    [Fact]
    public async Task ASubscriberOnOneInstanceReceivesAMutationMadeOnTheOtherOnce()
    {
        await using var subscriber = new EventCollector(await SubscribedAsync(_two));
        var refundId = await RefundAsync(_one, skip: 0);

        var events = await subscriber.WaitForAsync(e => e.Any(x => OperationIdOf(x) == refundId));
        await Task.Delay(1000); // a second copy would arrive by now
        Assert.Single(subscriber.Events, e => OperationIdOf(e) == refundId);
        Assert.Equal(subscriber.Events.Count, subscriber.Events.Select(e => e["eventId"]!.GetValue<string>()).Distinct().Count());
        Assert.NotEmpty(events);
    }

    [Fact]
    public async Task WhileRedisIsDownMutationsSucceedAndEveryEventArrivesAfterInOrder()
    {
        await using var subscriber = new EventCollector(await SubscribedAsync(_two));
        long before;
        await using (var db = _one.Db())
        {
            before = await db.OutboxEvents.MaxAsync(e => (long?)e.Id) ?? 0;
        }

        _redis.Stop();
        await WaitUntilAsync(async () => (await _one.CreateClient().GetStringAsync("/health/ready")) == "Degraded");
        var refunds = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            refunds.Add(await RefundAsync(_one, skip: 1 + (i % 3), amount: 10 + i)); // three orders, four refunds each
        }

        List<string> committed;
        await using (var db = _one.Db())
        {
            committed = await db.OutboxEvents.Where(e => e.Id > before).OrderBy(e => e.Id).Select(e => e.EventId).ToListAsync();
        }

        _redis.Start();
        var received = await subscriber.WaitForAsync(e => committed.All(id => e.Any(x => x["eventId"]!.GetValue<string>() == id)), TimeSpan.FromSeconds(60));
        var ids = received.Select(e => e["eventId"]!.GetValue<string>()).ToList();
        Assert.All(committed, id => Assert.Single(ids, x => x == id));
        Assert.All(refunds, id => Assert.Contains(received, e => OperationIdOf(e) == id));
        foreach (var order in received.GroupBy(e => e["order"]!["orderId"]!.GetValue<string>()))
        {
            var sequences = order.Select(e => e["sequence"]!.GetValue<long>()).ToList();
            Assert.Equal(sequences.Order(), sequences);
        }

        await WaitUntilAsync(async () => (await _one.CreateClient().GetStringAsync("/health/ready")) == "Healthy");
    }

    [Fact]
    public async Task ADispatcherThatDiesBetweenPublishAndMarkSentIsRepublishedAndSeenOnce()
    {
        await using var subscriber = new EventCollector(await SubscribedAsync(_two));
        _one.Faults.FailNext("SET \"SentAt\"", times: 1);
        _two.Faults.FailNext("SET \"SentAt\"", times: 1);

        var refundId = await RefundAsync(_one, skip: 5);
        await subscriber.WaitForAsync(e => e.Any(x => OperationIdOf(x) == refundId));
        Assert.True(_one.Faults.Injected + _two.Faults.Injected >= 1, "the mark-sent step never failed: the test proved nothing");

        // The dead dispatcher's claim runs out as the clocks move past it; another round publishes the same event again.
        await WaitUntilAsync(async () =>
        {
            _one.Clock.Advance(TimeSpan.FromSeconds(2));
            _two.Clock.Advance(TimeSpan.FromSeconds(2));
            await using var db = _one.Db();
            return !await db.OutboxEvents.AnyAsync(e => e.OperationId == refundId && e.SentAt == null);
        });
        await Task.Delay(1000);
        Assert.Single(subscriber.Events, e => OperationIdOf(e) == refundId);
    }

    [Fact]
    public async Task ASubscriptionResumedOnTheOtherInstanceGetsExactlyWhatItMissedThenLiveEvents()
    {
        var (paymentId, order) = await ResumeScenario.RefundablePaymentAsync(_one);
        long seen;
        await using (var first = await ResumeScenario.SubscribeAsync(_one, new { orderId = order.OrderId }))
        {
            await _one.WaitForSubscribersAsync(1);
            await ResumeScenario.RefundAsync(_two, paymentId);
            seen = (await first.WaitForAsync(e => e.Count >= 1)).Single()["sequence"]!.GetValue<long>();
        }

        List<string> missed = [await ResumeScenario.RefundAsync(_one, paymentId), await ResumeScenario.RefundAsync(_two, paymentId), await ResumeScenario.RefundAsync(_one, paymentId)];
        await using var resumed = await ResumeScenario.SubscribeAsync(_two, new { orderId = order.OrderId, after = seen });
        await resumed.WaitForAsync(e => e.Count >= 3);
        var live = await ResumeScenario.RefundAsync(_one, paymentId);
        await resumed.WaitForAsync(e => e.Count >= 4);
        await Task.Delay(1000); // a second copy (Redis and the replay both) would arrive by now

        Assert.Equal([.. missed, live], resumed.Events.Select(ResumeScenario.OperationIdOf));
    }

    private static async Task<GraphQLWebSocketClient> SubscribedAsync(ApiFactory api)
    {
        var client = await ConnectAndInitAsync(api);
        await client.SubscribeAsync("events", Events);
        await api.WaitForSubscribersAsync(1);
        return client;
    }

    private static async Task<string> RefundAsync(ApiFactory api, int skip, long amount = 100)
    {
        var (paymentId, _) = await MutationScenario.PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR" && o.CapturedAmount > 1000, skip);
        var payload = (await api.Client("demo-operator-key").PostAsync(
                "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }",
                new { input = new { operationId = paymentId, amount, currency = "EUR", idempotencyKey = MutationScenario.Key() } }))
            .EnsureNoErrors().Data!["refundOperation"]!;
        return payload["operation"]!["operationId"]!.GetValue<string>();
    }

    private static string? OperationIdOf(JsonNode e) => e["operation"]?["operationId"]?.GetValue<string>();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The condition was not met within 30 seconds.");
    }

    public void Dispose()
    {
        _two.Dispose();
        _one.Dispose();
        _redis.Dispose();
    }
}
