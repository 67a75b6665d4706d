using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Domain.Orders;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Orders;

public static class OrderQueries
{
    public static void AddOrderQueries(this ObjectGraphType query)
    {
        query.Field<OrderGraphType, Order>("order")
            .Description("One order by the merchant's order id; null when there is none (or it belongs to someone else).")
            .Argument<NonNullGraphType<StringGraphType>>("orderId")
            .ResolveAsync(async c =>
            {
                var orderId = c.GetArgument<string>("orderId");
                return await c.Db().Orders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderId == orderId, c.CancellationToken);
            });

        query.Connection<OrdersConnectionType, OrderFilterInputType, OrderSortInputType, Order>(
                "orders", OrderListing.Definition, c => c.Db().Orders.AsNoTracking(), keepCounts: true)
            .Description("The merchant's orders, filtered, sorted (newest first by default) and paged.");
    }
}
