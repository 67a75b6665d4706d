using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Filtering;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Orders.Statistics;

public static class OrderStatisticsQuery
{
    public static void AddOrderStatisticsQuery(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OrderStatisticsGraphType>, OrderStatistics>("orderStatistics")
            .Description("Counts and sums of the merchant's orders matching `where`, in total and per hour or day of `timeZone`, one entry per currency.")
            .Argument<OrderFilterInputType>("where")
            .Argument<NonNullGraphType<StatisticsBucketType>>("bucket", a => a.DefaultValue = StatisticsBucket.Day)
            .Argument<NonNullGraphType<StringGraphType>>("timeZone", a =>
            {
                a.DefaultValue = "UTC";
                a.Description = "An IANA time zone id, e.g. Europe/Rome; buckets are its local hours or days.";
            })
            // A scan of every matching order, like totalCount.
            .WithComplexityImpact(QueryCost.CountImpact)
            .ResolveAsync(async c =>
            {
                var folder = new BucketFolder(StatisticsTimeZone.Find(c.GetArgument<string>("timeZone")), c.GetArgument<StatisticsBucket>("bucket"));
                var orders = OrderListing.Filter(c.Db(), c.GetArgument<object?>("where"), c.Service<FilterBudget>());
                await foreach (var slot in OrderSlots.Of(orders).AsAsyncEnumerable().WithCancellation(c.CancellationToken))
                {
                    folder.Add(slot);
                }

                return folder.Result();
            });
    }
}
