using BackOffice.Domain.Orders;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>
/// The one statement behind <c>orderStatistics</c>: a <c>GROUP BY</c> of the filtered orders on currency and UTC quarter
/// hour, so the database returns a few thousand sums rather than the orders. Only column parts both providers translate
/// (<c>Date</c>, <c>Hour</c>, <c>Minute</c>) are used; the zone is applied afterwards, in <see cref="BucketFolder"/>.
/// </summary>
public static class OrderSlots
{
    public static IQueryable<SlotTotals> Of(IQueryable<Order> orders) => orders
        .GroupBy(o => new { o.Currency, Day = o.CreatedAt.Date, o.CreatedAt.Hour, Quarter = o.CreatedAt.Minute / 15 })
        .Select(g => new SlotTotals(
            g.Key.Currency, g.Key.Day, g.Key.Hour, g.Key.Quarter,
            g.Count(), g.Sum(o => o.Amount),
            g.Count(o => o.CapturedAmount > 0), g.Sum(o => o.CapturedAmount),
            g.Count(o => o.RefundedAmount > 0), g.Sum(o => o.RefundedAmount),
            g.Count(o => o.Status == OrderStatus.Pending || o.Status == OrderStatus.Authorized),
            g.Sum(o => o.Status == OrderStatus.Pending || o.Status == OrderStatus.Authorized ? o.AuthorizedAmount - o.CapturedAmount : 0L),
            g.Count(o => o.Status == OrderStatus.Declined),
            g.Sum(o => o.Status == OrderStatus.Declined ? o.Amount : 0L)));
}
