using System.Collections.Concurrent;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Orders;

public static class OrderQueries
{
    /// <summary>
    /// The hottest lookup, compiled once per provider's context type (a compiled query is bound to one model; a process
    /// holding both, as the tests do, would otherwise fail on the second): no expression tree to build, compare and
    /// funcletize per request.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, Func<BackOfficeDbContext, string, CancellationToken, Task<Order?>>> OrderById = new();

    private static Func<BackOfficeDbContext, string, CancellationToken, Task<Order?>> CompileOrderById(Type contextType) =>
        EF.CompileAsyncQuery((BackOfficeDbContext db, string orderId, CancellationToken cancellationToken) =>
            db.Orders.AsNoTracking().FirstOrDefault(o => o.OrderId == orderId));

    public static void AddOrderQueries(this ObjectGraphType query)
    {
        query.Field<OrderGraphType, Order>("order")
            .Description("One order by the merchant's order id; null when there is none (or it belongs to someone else).")
            .Argument<NonNullGraphType<StringGraphType>>("orderId")
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                return await OrderById.GetOrAdd(db.GetType(), CompileOrderById)(db, c.GetArgument<string>("orderId"), c.CancellationToken);
            });

        query.Connection<OrdersConnectionType, OrderFilterInputType, OrderSortInputType, Order>(
                "orders", OrderListing.Definition, c => OrderListing.Source(c.Db()), keepCounts: true)
            .Description("The merchant's orders, filtered, sorted (newest first by default) and paged.");
    }
}
