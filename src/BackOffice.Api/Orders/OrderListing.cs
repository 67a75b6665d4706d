using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Orders;

/// <summary>What <c>orders</c> filters and sorts on; newest first unless the client says otherwise.</summary>
public static class OrderListing
{
    public static readonly Listing<Order> Definition = new Listing<Order>("Order", o => o.Id)
        .String("orderId", o => o.OrderId)
        .Long("amount", o => o.Amount)
        .String("currency", o => o.Currency)
        .String("customerId", o => o.CustomerId)
        .Text("description", o => o.Description)
        .Enum("channel", o => o.Channel)
        .DateTime("createdAt", o => o.CreatedAt)
        .Long("authorizedAmount", o => o.AuthorizedAmount)
        .Long("capturedAmount", o => o.CapturedAmount)
        .Long("refundedAmount", o => o.RefundedAmount)
        .Enum("status", o => o.Status)
        .NullableEnum("lastOperationType", o => o.LastOperationType)
        .NullableDateTime("lastOperationTime", o => o.LastOperationTime)
        .String("customField", o => o.CustomField)
        // A status's orders lie unevenly along every other sort (refunds come days after the order; whole statuses have
        // nothing captured): each portal sort is indexed within each status (OrderConfiguration).
        .SortedWithin("status", "createdAt", "orderId", "customerId", "amount", "capturedAmount", "refundedAmount", "lastOperationTime")
        .Repeating("capturedAmount", "refundedAmount")
        .KeyedInOrderOf("createdAt")
        .OrderedByDefault("createdAt", SortDirection.Desc);

    /// <summary>The orders every reader starts from: the tenant's (the context's query filter), read-only.</summary>
    public static IQueryable<Order> Source(BackOfficeDbContext db) => db.Orders.AsNoTracking();

    /// <summary>The tenant's orders matching a parsed <c>where</c>, as <c>orders</c>, <c>orderStatistics</c> and the CSV export read them.</summary>
    public static IQueryable<Order> Filter(BackOfficeDbContext db, object? where, FilterBudget budget) =>
        Source(db).Filtered(Definition, where, budget, StringMatching.For(db));
}
