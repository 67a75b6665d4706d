using GraphQL.Types;

namespace BackOffice.Api.Orders.Statistics;

public sealed class OrderStatisticsGraphType : ObjectGraphType<OrderStatistics>
{
    public OrderStatisticsGraphType()
    {
        Name = "OrderStatistics";
        Description = "Counts and sums of the merchant's orders matching a filter, in total and per bucket.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderVolumeGraphType>>>>("totals")
            .Description("Over the whole filter, one entry per currency, ordered by currency.")
            .Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderVolumeBucketGraphType>>>>("buckets")
            .Description("Buckets that hold orders, oldest first, by the order's createdAt in timeZone.")
            .Resolve(c => c.Source.Buckets);
    }
}
