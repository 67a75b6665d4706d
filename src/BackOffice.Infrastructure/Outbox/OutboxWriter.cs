using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// Files one outbox row per change an order recorded, numbered from its merchant's event counter. The counter is bumped
/// by an UPDATE inside the caller's transaction, so the merchant's row stays locked until commit: writers of one merchant
/// take their numbers one after the other and commit in that order (SQL Server's row lock; SQLite has one writer anyway),
/// and sequence 6 can never be visible before 5. A rollback gives the numbers back: the stream has no gaps.
/// </summary>
public static class OutboxWriter
{
    /// <summary>The shadow column on <c>Merchants</c> holding the sequence of the merchant's latest event.</summary>
    public const string LastEventSequence = nameof(LastEventSequence);

    /// <summary>Call inside an open transaction, as late as possible before <c>SaveChanges</c> (it holds the merchant's lock).</summary>
    public static async Task RecordChangesAsync(BackOfficeDbContext db, IEnumerable<Order> orders, DateTime occurredAt, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Outbox rows are numbered inside the transaction that writes them.");
        }

        foreach (var merchant in orders.Where(o => o.Changes.Count > 0).GroupBy(o => o.MerchantId))
        {
            var changes = merchant.SelectMany(order => order.Changes.Select(change => (order, change))).ToList();
            var sequence = await ReserveAsync(db, merchant.Key, changes.Count, cancellationToken) - changes.Count;
            foreach (var (order, change) in changes)
            {
                db.OutboxEvents.Add(OperationEventContract.From(order, change, ++sequence, occurredAt).ToOutbox());
            }
        }
    }

    /// <summary>The merchant's latest committed sequence (0 before its first event).</summary>
    public static Task<long> LatestAsync(BackOfficeDbContext db, string merchantId, CancellationToken cancellationToken) =>
        db.Merchants.Where(m => m.MerchantId == merchantId).Select(m => EF.Property<long>(m, LastEventSequence)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Takes <paramref name="count"/> numbers from the merchant's counter; the last one taken.</summary>
    private static async Task<long> ReserveAsync(BackOfficeDbContext db, string merchantId, int count, CancellationToken cancellationToken)
    {
        var updated = await db.Merchants.Where(m => m.MerchantId == merchantId).ExecuteUpdateAsync(
            s => s.SetProperty(m => EF.Property<long>(m, LastEventSequence), m => EF.Property<long>(m, LastEventSequence) + count), cancellationToken);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Merchant '{merchantId}' does not exist; its events cannot be numbered.");
        }

        return await LatestAsync(db, merchantId, cancellationToken);
    }
}
