using BackOffice.Api.Common.Caching;
using BackOffice.Api.Common.Cost;
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
            .WithCost(CostWeights.Count)
            .ResolveAsync(async c =>
            {
                var folder = new BucketFolder(StatisticsTimeZone.Find(c.GetArgument<string>("timeZone")), c.GetArgument<StatisticsBucket>("bucket"));
                var db = c.Db();
                var where = c.GetArgument<object?>("where");
                // Read (and charged to the budget) on both paths, so a bad filter is the same error whichever answers.
                var orders = OrderListing.Filter(db, where, c.Service<FilterBudget>());
                // The dashboard's chart (whole hours or local days, or everything) from the quarter-hour totals; the rest by GROUP BY.
                var slots = QuarterHourRange.Of(where) is { } range ? OrderSlots.Of(db, range) : OrderSlots.Of(orders);
                return await c.Service<MerchantDataCache>().GetAsync(db, MerchantDataCache.KeyOf("orderStatistics", c.Arguments), async token =>
                {
                    await foreach (var slot in slots.AsAsyncEnumerable().WithCancellation(token))
                    {
                        folder.Add(slot);
                    }

                    return folder.Result();
                }, statistics => statistics.Size, c.CancellationToken);
            });
    }
}
