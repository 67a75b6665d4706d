using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Idempotency;

/// <summary>Deletes idempotency records older than the retention, every cleanup interval, for all merchants.</summary>
public sealed class IdempotencyCleanup(
    BackOfficeDbContextFactory contexts, TimeProvider time, IOptions<IdempotencyOptions> options, ILogger<IdempotencyCleanup> logger)
    : RetentionCleanup(time, logger)
{
    protected override string Rows => "idempotency records";

    protected override TimeSpan Interval => options.Value.CleanupInterval;

    protected override TimeSpan Retention => options.Value.Retention;

    public override async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = Time.GetUtcNow().UtcDateTime - Retention;
        await using var db = contexts.Create(merchantId: null);
        return await db.IdempotencyRecords.IgnoreQueryFilters().Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
