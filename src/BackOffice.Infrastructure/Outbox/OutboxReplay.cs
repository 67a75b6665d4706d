using System.Runtime.CompilerServices;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// Where a resumed subscription gets what it missed: one merchant's outbox rows after a sequence, checked against the
/// retention and the replay cap first, then read a page at a time in sequence order (never the whole backlog in memory).
/// </summary>
public sealed class OutboxReplay(BackOfficeDbContextFactory contexts, TimeProvider time, IOptions<EventHubOptions> options)
{
    public const string ResumePointExpired = "RESUME_POINT_EXPIRED";
    public const string ResumePointUnknown = "RESUME_POINT_UNKNOWN";
    public const string ReplayTooLarge = "REPLAY_TOO_LARGE";

    /// <summary>The replay of <paramref name="merchantId"/>'s events after <paramref name="after"/>, or a <see cref="ResumeRefusedException"/>.</summary>
    public async Task<EventReplay> ResumeAsync(string merchantId, long after, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var db = contexts.Create(merchantId);
        var latest = await OutboxWriter.LatestAsync(db, merchantId, cancellationToken);
        if (after < 0 || after > latest)
        {
            throw new ResumeRefusedException(ResumePointUnknown,
                $"No event {after} was sent to this merchant (its latest is {latest}): resume after the sequence of an event you received, or refetch and subscribe without 'after'.");
        }

        if (latest - after > settings.MaxReplay)
        {
            throw new ResumeRefusedException(ReplayTooLarge,
                $"{latest - after} events happened after {after}, more than one resume replays ({settings.MaxReplay}): refetch, then subscribe without 'after'.");
        }

        if (after < latest)
        {
            var cutoff = time.GetUtcNow().UtcDateTime - settings.ReplayRetention;
            var next = await db.OutboxEvents.AsNoTracking().Where(e => e.MerchantId == merchantId && e.Sequence == after + 1)
                .Select(e => (DateTime?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken);
            if (next is null || next < cutoff)
            {
                throw new ResumeRefusedException(ResumePointExpired,
                    $"The events after {after} are older than the replay retention ({settings.ReplayRetention}) and no longer kept: refetch, then subscribe without 'after'.");
            }
        }

        return new EventReplay(after, token => ReadAsync(merchantId, after, settings.ReplayPageSize, token));
    }

    private async IAsyncEnumerable<OperationEventContract> ReadAsync(
        string merchantId, long after, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = after;
        while (true)
        {
            List<OutboxEvent> page;
            await using (var db = contexts.Create(merchantId))
            {
                page = await db.OutboxEvents.AsNoTracking().Where(e => e.MerchantId == merchantId && e.Sequence > cursor)
                    .OrderBy(e => e.Sequence).Limit(pageSize).ToListAsync(cancellationToken);
            }

            foreach (var row in page)
            {
                cursor = row.Sequence;
                // The row's number is the merchant's: rows written before sequences were per merchant were renumbered in place.
                yield return OperationEventContract.Parse(row.Payload) with { Sequence = row.Sequence };
            }

            if (page.Count < pageSize)
            {
                yield break;
            }
        }
    }
}
