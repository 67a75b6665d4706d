namespace BackOffice.Infrastructure.Statistics;

/// <summary>
/// One row of <c>OrderVolumes</c>: what a merchant's orders of one currency created in one UTC quarter of an hour add up
/// to, with exactly the counts and sums <c>orderStatistics</c> returns. Written by the database alone (triggers on
/// <c>Orders</c>, <see cref="OrderVolumeTriggers"/>), so every writer keeps it exact; the application only reads it.
/// </summary>
public sealed class QuarterHourVolume
{
    private QuarterHourVolume()
    {
        MerchantId = Currency = string.Empty;
    }

    public string MerchantId { get; private set; }

    /// <summary>The UTC quarter hour's first instant (minutes 0, 15, 30 or 45).</summary>
    public DateTime PeriodStart { get; private set; }

    public string Currency { get; private set; }

    /// <summary>Orders in the quarter hour; 0 once all of them were deleted or moved (such rows are not read).</summary>
    public int OrderCount { get; private set; }

    public long Amount { get; private set; }

    public int CapturedCount { get; private set; }

    public long CapturedAmount { get; private set; }

    public int RefundedCount { get; private set; }

    public long RefundedAmount { get; private set; }

    public int PendingCount { get; private set; }

    public long PendingAmount { get; private set; }

    public int DeclinedCount { get; private set; }

    public long DeclinedAmount { get; private set; }

    /// <summary>Whether <paramref name="instant"/> starts a quarter hour, so a range from it never cuts one.</summary>
    public static bool IsQuarterStart(DateTime instant) => instant.Ticks % Quarter.Ticks == 0;

    public static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
}
