namespace BackOffice.Api.Orders.Statistics;

/// <summary>What <c>orderStatistics</c> answers: per currency over the whole filter, and per local hour or day.</summary>
public sealed record OrderStatistics(IReadOnlyList<OrderVolume> Totals, IReadOnlyList<OrderVolumeBucket> Buckets)
{
    /// <summary>How many volumes it holds: what it weighs where answers are kept.</summary>
    public int Size => Totals.Count + Buckets.Sum(b => b.Volumes.Count);
}

/// <summary>One local hour or day that holds orders: its start as an instant, and its volume per currency.</summary>
public sealed record OrderVolumeBucket(DateTime Start, IReadOnlyList<OrderVolume> Volumes);
