using GraphQL.Types;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>How <c>orderStatistics</c> cuts time: local hours or local days of the requested zone.</summary>
public enum StatisticsBucket
{
    Hour,
    Day,
}

public sealed class StatisticsBucketType : EnumerationGraphType<StatisticsBucket>
{
    public StatisticsBucketType()
    {
        Name = "StatisticsBucket";
        Description = "The length of an orderStatistics bucket: an hour or a day of the requested time zone.";
    }
}
