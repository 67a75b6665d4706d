using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// Deletes published events once they are older than <c>Events:ReplayRetention</c>: kept that long so subscriptions can
/// resume from them, never longer. Unsent rows are never deleted. Deletes in batches so no statement holds locks for long.
/// </summary>
public sealed class OutboxCleanup(
    BackOfficeDbContextFactory contexts, TimeProvider time, IOptions<EventHubOptions> events, IOptions<OutboxOptions> outbox,
    ILogger<OutboxCleanup> logger) : RetentionCleanup(time, logger)
{
    private const int BatchSize = 5000;

    protected override string Rows => "outbox events";

    protected override TimeSpan Interval => outbox.Value.CleanupInterval;

    protected override TimeSpan Retention => events.Value.ReplayRetention;

    public override async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        // Sent before the cutoff implies occurred before it; SentAt has an index, OccurredAt has not.
        var cutoff = Time.GetUtcNow().UtcDateTime - Retention;
        var total = 0;
        int deleted;
        do
        {
            await using var db = contexts.Create(merchantId: null);
            deleted = await db.OutboxEvents.Where(e => e.SentAt != null && e.SentAt < cutoff).OrderBy(e => e.SentAt).Limit(BatchSize)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }
}
