using System.Net;
using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Realtime;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> as Prometheus scrapes it: off by default; when on, unauthenticated and not rate-limited, and after
/// queries, mutations and a socket subscription every metric the operations dashboard draws is there and has moved.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsEndpointTests
{
    private const string Socket = "graphql-transport-ws";
    private const string LegacySocket = "graphql-ws";
    private const string DashboardQuery = "query Dashboard { orders(first: 2) { totalCount nodes { orderId } } }";

    [Fact]
    public async Task MetricsAreNotServedUnlessSwitchedOn()
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EveryMetricIsScrapedAndMovesWithTraffic()
    {
        using var api = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Metrics:Prometheus:Enabled"] = "true",
                ["Outbox:PollInterval"] = "01:00:00", // the dispatcher runs only when a commit wakes it: a row put back stays waiting
                ["Events:SubscriberBuffer"] = "1", // a burst of events overflows the subscription
                ["RateLimiting:Enabled"] = "true",
                ["RateLimiting:PermitsPerSecond"] = "1",
                ["RateLimiting:Burst"] = "40",
            },
        };
        var before = await ScrapeAsync(api);
        Assert.Equal(0, before.Sum("graphql_sockets_active", ("protocol", Socket)));

        var socket = await ConnectAndInitAsync(api);
        await socket.SubscribeAsync("1", "subscription Live { operationStatusChanged { eventId } }");
        var live = new EventCollector(socket);
        var legacy = await ConnectAsync(api, LegacySocket);
        await legacy.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });
        Assert.Equal("connection_ack", (await legacy.ReceiveAsync())!["type"]!.GetValue<string>());
        await legacy.SendAsync(new { id = "1", type = "start", payload = new { query = "subscription LegacyLive { orderUpdated { orderId } }" } });
        await api.WaitForSubscribersAsync(2);
        var open = await ScrapeAsync(api);
        Assert.Equal(1, open.Sum("graphql_sockets_active", ("protocol", Socket)));
        Assert.Equal(1, open.Sum("graphql_subscriptions_active", ("protocol", Socket)));
        Assert.Equal(1, open.Sum("graphql_sockets_active", ("protocol", LegacySocket)));
        Assert.Equal(1, open.Sum("graphql_subscriptions_active", ("protocol", LegacySocket)));
        await legacy.DisposeAsync();

        var reader = api.Client();
        (await reader.PostAsync(DashboardQuery)).EnsureNoErrors();
        (await reader.PostAsync(DashboardQuery)).EnsureNoErrors();
        var invalid = (await reader.PostAsync("query Broken { orders { noSuchField } }")).FirstErrorCode!;
        var costly = "{ " + string.Join(" ", Enumerable.Range(0, 21).Select(i => $"c{i}: orders {{ totalCount }}")) + " }";
        Assert.Equal("COMPLEXITY", (await reader.PostAsync(costly)).FirstErrorCode);
        var (paymentId, _) = await MutationScenario.PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        await RefundAsync(api, paymentId);
        await live.WaitForAsync(e => e.Count >= 1);

        // An event committed and not yet published, five minutes ago: the backlog and its age show it.
        var waiting = await PutBackNewestEventAsync(api);
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var stuck = await ScrapeAsync(api);
        Assert.True(stuck.Sum("backoffice_outbox_backlog") >= 1, "the backlog did not count the waiting event");
        Assert.True(stuck.Sum("backoffice_outbox_oldest_age_seconds") >= 300, "the oldest event's age was not five minutes");

        // A burst the subscription cannot keep up with ends it (buffer of one).
        var hub = api.Services.GetRequiredService<EventHub>();
        for (var i = 0; i < 1000 && (await ScrapeAsync(api)).Sum("backoffice_subscriber_overflows_total") == 0; i += 50)
        {
            foreach (var copy in Enumerable.Range(0, 50))
            {
                hub.Deliver(waiting with { EventId = Guid.NewGuid().ToString() });
            }

            await Task.Delay(50);
        }

        // The next commit wakes the dispatcher, which publishes the waiting event too.
        await RefundAsync(api, paymentId);
        var drained = await EventuallyAsync(api, s => s.Sum("backoffice_outbox_backlog") == 0);
        Assert.Equal(0, drained.Sum("backoffice_outbox_oldest_age_seconds"));

        var refused = 0;
        for (var i = 0; i < 60; i++)
        {
            refused += (await reader.PostAsync("{ viewer { merchantId } }")).Status == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        Assert.True(refused > 0, "the rate limit refused nothing");
        await live.DisposeAsync();
        var after = await EventuallyAsync(api, s => s.Sum("graphql_sockets_active") == 0); // still served: /metrics is not rate-limited

        Assert.All(ExportedMetrics.Names, name => Assert.True(after.Has(name) || after.Has(name + "_count"), $"{name} is not in /metrics"));
        Assert.Equal(2, Moved(before, after, "graphql_request_duration_seconds_count", ("graphql_operation_name", "Dashboard"), ("graphql_operation_type", "query")));
        Assert.True(Moved(before, after, "graphql_request_duration_seconds_count", ("graphql_operation_type", "mutation")) >= 2);
        Assert.Equal(1, Moved(before, after, "graphql_request_duration_seconds_count", ("graphql_operation_name", "Live"), ("graphql_operation_type", "subscription")));
        Assert.True(Moved(before, after, "graphql_request_duration_seconds_sum", ("graphql_operation_name", "Dashboard")) > 0);
        Assert.Equal(1, Moved(before, after, "graphql_errors_total", ("code", "COMPLEXITY")));
        Assert.Equal(1, Moved(before, after, "graphql_errors_total", ("code", invalid)));
        Assert.Equal(1, Moved(before, after, "graphql_request_duration_seconds_count", ("graphql_operation_name", "Broken"), ("graphql_operation_type", "query")));
        Assert.Equal(1, Moved(before, after, "graphql_cost_refusals_total"));
        Assert.True(Moved(before, after, "backoffice_rate_limit_refusals_total") >= refused);
        Assert.True(Moved(before, after, "backoffice_event_delivery_latency_seconds_count") >= 1);
        Assert.True(Moved(before, after, "backoffice_subscriber_overflows_total", ("buffer", "subscription")) >= 1);
        Assert.Equal(0, after.Sum("graphql_subscriptions_active"));

        // Labels carry operation types, names and codes, never a key or a merchant.
        Assert.DoesNotContain(after.LabelValues("graphql_operation_name").Concat(after.LabelValues("code")),
            v => v.Contains("-key", StringComparison.Ordinal) || v is "demo" or "other");
    }

    private static async Task<PrometheusText> ScrapeAsync(ApiFactory api)
    {
        using var client = api.CreateClient(); // no API key: the scraper has none
        var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<PrometheusText> EventuallyAsync(ApiFactory api, Func<PrometheusText, bool> done)
    {
        var scrape = await ScrapeAsync(api);
        for (var i = 0; i < 100 && !done(scrape); i++)
        {
            await Task.Delay(100);
            scrape = await ScrapeAsync(api);
        }

        Assert.True(done(scrape), "the metric did not reach the expected value");
        return scrape;
    }

    private static double Moved(PrometheusText before, PrometheusText after, string name, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels);

    private static async Task RefundAsync(ApiFactory api, string paymentId) =>
        (await api.Client("demo-operator-key").PostAsync(MutationScenario.Refund,
            new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = MutationScenario.Key() } })).EnsureNoErrors();

    /// <summary>Once everything is published, marks the newest event unsent again, as if publishing had stalled; returns it.</summary>
    private static async Task<OperationEvent> PutBackNewestEventAsync(ApiFactory api)
    {
        await using var db = api.Db(merchantId: null);
        for (var i = 0; i < 100 && await db.OutboxEvents.AnyAsync(e => e.SentAt == null); i++)
        {
            await Task.Delay(50);
        }

        var newest = await db.OutboxEvents.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync();
        await db.OutboxEvents.Where(e => e.Id == newest.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.SentAt, (DateTime?)null));
        return OperationEvent.Parse(newest.Payload);
    }
}
