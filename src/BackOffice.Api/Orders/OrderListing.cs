using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;

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
        .OrderedByDefault("createdAt", SortDirection.Desc);
}
