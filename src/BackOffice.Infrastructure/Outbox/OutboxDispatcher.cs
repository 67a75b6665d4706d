using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// Publishes committed outbox events and marks them sent. Safe with several instances: a batch is claimed with a
/// conditional UPDATE (one claimant per row), then trimmed of any order that still has an earlier event claimed by
/// someone else, so an order's events are published in sequence. A dispatcher that dies between publish and
/// mark-sent leaves its claim to expire; the event is published again and subscribers drop it by event id.
/// </summary>
public sealed class OutboxDispatcher(
    BackOfficeDbContextFactory contexts, IEventBus bus, OutboxSignal signal, TimeProvider time,
    IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Who claims rows (kept short: claim tokens are stored in a 64-character column).</summary>
    public string Instance { get; } = $"{Truncate(Environment.MachineName, 20)}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = _options.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchOnceAsync(stoppingToken);
                delay = _options.RetryDelay;
                if (published == 0)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Outbox dispatch failed ({Error}); retrying in {Delay}", e.Message, delay);
                await Task.Delay(delay, stoppingToken); // real time: an operational back-off, not business time
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
            }
        }
    }

    /// <summary>One claim–publish–mark round; the number of events published.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var batch = await ClaimAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var published = new List<long>(batch.Count);
        try
        {
            foreach (var row in batch)
            {
                using var span = OutboxTracing.StartPublish(row, bus.Name);
                try
                {
                    await bus.PublishAsync(row.Payload, cancellationToken);
                }
                catch (Exception e)
                {
                    OutboxTracing.Failed(span, e);
                    throw;
                }

                published.Add(row.Id);
            }
        }
        finally
        {
            await FinishAsync(batch, published);
        }

        return published.Count;
    }

    private async Task<List<OutboxEvent>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = $"{Instance}:{Guid.NewGuid().ToString("N")[..12]}";
        await using var db = contexts.Create(merchantId: null);
        var candidates = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.SentAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.Id).Select(e => e.Id).Limit(_options.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var until = now + _options.ClaimDuration;
        await db.OutboxEvents
            .Where(e => candidates.Contains(e.Id) && e.SentAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, token).SetProperty(e => e.ClaimedUntil, until), cancellationToken);
        // SentAt IS NULL (true of every row just claimed) seeks the (SentAt, Id) index to the few unsent rows; ClaimedBy
        // alone has no index and would scan every event ever written, on each round.
        var claimed = await db.OutboxEvents.AsNoTracking().Where(e => e.SentAt == null && e.ClaimedBy == token).OrderBy(e => e.Id).ToListAsync(cancellationToken);

        // An order whose earlier event is still waiting elsewhere must wait too: release those rows.
        var orders = claimed.Select(e => e.OrderKey).Distinct().ToList();
        var blocked = await db.OutboxEvents.AsNoTracking()
            .Where(e => orders.Contains(e.OrderKey) && e.SentAt == null && e.ClaimedBy != token)
            .GroupBy(e => e.OrderKey).Select(g => new { OrderKey = g.Key, First = g.Min(e => e.Sequence) })
            .ToListAsync(cancellationToken);
        var release = claimed.Where(e => blocked.Any(b => b.OrderKey == e.OrderKey && b.First < e.Sequence)).Select(e => e.Id).ToList();
        if (release.Count > 0)
        {
            await db.OutboxEvents.Where(e => release.Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTime?)null), cancellationToken);
        }

        return claimed.Where(e => !release.Contains(e.Id)).ToList();
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private async Task FinishAsync(List<OutboxEvent> batch, List<long> published)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.Create(merchantId: null);
        if (published.Count > 0)
        {
            await db.OutboxEvents.Where(e => published.Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.SentAt, now), CancellationToken.None);
        }

        var unsent = batch.Select(e => e.Id).Except(published).ToList();
        if (unsent.Count > 0)
        {
            // Not published (the bus failed): free the rows at once, in order, for the next attempt.
            await db.OutboxEvents.Where(e => unsent.Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }
    }
}
