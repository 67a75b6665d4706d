using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BackOffice.Infrastructure.Events.Redis;

/// <summary>
/// Redis pub/sub between API instances: each instance holds one subscription to one channel and hands what arrives
/// to its hub. Redis may be down at start or go away: the multiplexer reconnects by itself, publishes fail meanwhile
/// (the outbox keeps the events), and when the subscription comes back this instance replays what was sent while it
/// was cut off, so its subscribers miss nothing committed (the hub drops what they already had).
/// </summary>
public sealed class RedisEventBus(
    string connectionString, EventHub hub, BackOfficeDbContextFactory contexts, TimeProvider time, ILogger<RedisEventBus> logger)
    : IEventBus, IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("backoffice:operation-events");
    private static readonly TimeSpan ReplayMargin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ResubscribeGrace = TimeSpan.FromSeconds(2);
    private ConnectionMultiplexer? _redis;
    private DateTime? _cutOffSince;

    public string Name => "redis";

    public bool IsConnected => _redis?.IsConnected == true;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false; // start without Redis; connect when it comes
        options.ClientName ??= "backoffice-api";
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        _redis.ConnectionFailed += (_, e) =>
        {
            _cutOffSince ??= time.GetUtcNow().UtcDateTime;
            logger.LogWarning("Redis connection lost ({Type}: {Failure}); events wait in the outbox", e.ConnectionType, e.FailureType);
        };
        _redis.ConnectionRestored += (_, e) =>
        {
            logger.LogInformation("Redis connection restored ({Type})", e.ConnectionType);
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                _ = ReplayMissedAsync();
            }
        };

        await _redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message));
        if (!_redis.IsConnected)
        {
            _cutOffSince = time.GetUtcNow().UtcDateTime;
            logger.LogWarning("Redis is not reachable at start; queries and mutations work, events wait in the outbox");
        }
    }

    public async Task PublishAsync(string payload, CancellationToken cancellationToken)
    {
        if (_redis is not { IsConnected: true } redis)
        {
            throw new InvalidOperationException("Redis is not connected; the event stays in the outbox.");
        }

        await redis.GetSubscriber().PublishAsync(Channel, payload);
    }

    private void Receive(RedisValue message)
    {
        try
        {
            hub.Deliver(OperationEventContract.Parse(message.ToString()));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            logger.LogWarning("Dropped an unreadable message on {Channel}: {Error}", Channel, e.Message);
        }
    }

    /// <summary>
    /// What was committed while this instance's subscription was down, read back from the outbox: events sent meanwhile and
    /// events not sent yet alike. An event may be published (by any instance) before this subscription is in place again
    /// and marked sent only after this query ran, so "sent since" alone would lose it; delivering an unsent one now is safe
    /// (it is committed, and the hub drops its later publish). A second pass a moment later covers events committed after
    /// the first one and published before the restored connection had subscribed the channel again.
    /// </summary>
    private async Task ReplayMissedAsync()
    {
        if (_cutOffSince is not { } since)
        {
            return;
        }

        _cutOffSince = null;
        var from = since - ReplayMargin;
        await ReplayAsync(from);
        await Task.Delay(ResubscribeGrace);
        await ReplayAsync(from);
    }

    private async Task ReplayAsync(DateTime from)
    {
        try
        {
            await using var db = contexts.Create(merchantId: null);
            var missed = await db.OutboxEvents.AsNoTracking().Where(e => e.SentAt == null || e.SentAt >= from)
                .OrderBy(e => e.Id).Select(e => e.Payload).ToListAsync();
            var delivered = missed.Count(payload => hub.Deliver(OperationEventContract.Parse(payload)));
            logger.LogInformation("Replayed {Delivered} of {Count} events committed while Redis was away", delivered, missed.Count);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Replaying events after a Redis outage failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
