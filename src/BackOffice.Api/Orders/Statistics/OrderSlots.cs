using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>
/// The statements behind <c>orderStatistics</c>, each returning the orders' sums per currency and UTC quarter hour.
/// </summary>
public static class OrderSlots
{
    /// <summary>
    /// The sums the database keeps per quarter hour (<see cref="QuarterHourVolume"/>): a few thousand rows read by key
    /// whatever the number of orders, for a filter that is at most a quarter-aligned createdAt range.
    /// </summary>
    public static IQueryable<SlotTotals> Of(BackOfficeDbContext db, QuarterHourRange range)
    {
        var volumes = db.OrderVolumes.AsNoTracking().Where(v => v.OrderCount > 0); // a quarter hour all of whose orders left
        if (range.From is { } from)
        {
            volumes = volumes.Where(v => v.PeriodStart >= from);
        }

        if (range.Until is { } until)
        {
            volumes = volumes.Where(v => v.PeriodStart < until);
        }

        return volumes.Select(v => SlotTotals.Of(v));
    }

    /// <summary>
    /// Any other filter: a <c>GROUP BY</c> of the filtered orders on currency and UTC quarter hour, so the database
    /// returns a few thousand sums rather than the orders. Only column parts both providers translate (<c>Date</c>,
    /// <c>Hour</c>, <c>Minute</c>) are used; the zone is applied afterwards, in <see cref="BucketFolder"/>.
    /// </summary>
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
