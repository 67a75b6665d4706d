using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// Deletes published events once they are older than <c>Events:ReplayRetention</c>: kept that long so subscriptions can
/// resume from them, never longer. Unsent rows are never deleted. Deletes in batches so no statement holds locks for long.
/// </summary>
public sealed class OutboxCleanup(
    BackOfficeDbContextFactory contexts, TimeProvider time, IOptions<EventHubOptions> events, IOptions<OutboxOptions> outbox,
    ILogger<OutboxCleanup> logger) : BackgroundService
{
    private const int BatchSize = 5000;

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        // Sent before the cutoff implies occurred before it; SentAt has an index, OccurredAt has not.
        var cutoff = time.GetUtcNow().UtcDateTime - events.Value.ReplayRetention;
        var total = 0;
        int deleted;
        do
        {
            await using var db = contexts.Create(merchantId: null);
            deleted = await db.OutboxEvents.Where(e => e.SentAt != null && e.SentAt < cutoff).OrderBy(e => e.SentAt).Take(BatchSize)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(outbox.Value.CleanupInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await DeleteExpiredAsync(stoppingToken);
                logger.LogInformation("Deleted {Count} outbox events older than {Retention}.", deleted, events.Value.ReplayRetention);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox cleanup failed; it runs again in {Interval}.", outbox.Value.CleanupInterval);
            }
        }
    }
}
