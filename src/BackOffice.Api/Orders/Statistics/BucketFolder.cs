using BackOffice.Api.Common.Errors;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>
/// Adds UTC quarter-hour slots into the local hours or days of a zone, DST included: a local day is the span between
/// two local midnights (23 or 25 hours on switch days), and the hour repeated when clocks go back is two buckets. Holds
/// at most <see cref="MaxBuckets"/> buckets; one more is refused, so no request holds more than that.
/// </summary>
public sealed class BucketFolder(TimeZoneInfo zone, StatisticsBucket size)
{
    /// <summary>83 days of hours, five years of days: more than a chart shows, few enough to keep in memory per request.</summary>
    public const int MaxBuckets = 2000;

    public const string TooManyBuckets = "TOO_MANY_BUCKETS";

    private readonly SortedDictionary<string, OrderVolume> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<DateTime, SortedDictionary<string, OrderVolume>> _buckets = [];
    private readonly Dictionary<DateOnly, DateTime> _midnights = [];

    public void Add(SlotTotals slot)
    {
        Volume(_totals, slot.Currency).Add(slot);
        var start = BucketStart(slot.Start);
        if (!_buckets.TryGetValue(start, out var volumes))
        {
            if (_buckets.Count == MaxBuckets)
            {
                throw ArgumentError.Create(TooManyBuckets,
                    $"The statistics would hold more than {MaxBuckets} buckets; narrow the createdAt range or take DAY buckets.",
                    ("maxBuckets", MaxBuckets));
            }

            _buckets[start] = volumes = new SortedDictionary<string, OrderVolume>(StringComparer.Ordinal);
        }

        Volume(volumes, slot.Currency).Add(slot);
    }

    public OrderStatistics Result() => new(
        [.. _totals.Values],
        [.. _buckets.OrderBy(b => b.Key).Select(b => new OrderVolumeBucket(b.Key, [.. b.Value.Values]))]);

    /// <summary>The instant the local hour or day holding <paramref name="instant"/> began.</summary>
    private DateTime BucketStart(DateTime instant)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, zone);
        if (size == StatisticsBucket.Hour)
        {
            // Back by the minutes past the local hour: exact across a switch, where converting the local hour back is ambiguous.
            return instant.AddTicks(-(local.Ticks % TimeSpan.TicksPerHour));
        }

        var day = DateOnly.FromDateTime(local);
        if (!_midnights.TryGetValue(day, out var midnight))
        {
            _midnights[day] = midnight = StartOfDay(day);
        }

        return midnight;
    }

    /// <summary>Local midnight as an instant; where clocks skip midnight the day starts when they resume, where it repeats, at the first.</summary>
    private DateTime StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private static OrderVolume Volume(SortedDictionary<string, OrderVolume> volumes, string currency)
    {
        if (!volumes.TryGetValue(currency, out var volume))
        {
            volumes[currency] = volume = new OrderVolume(currency);
        }

        return volume;
    }
}
