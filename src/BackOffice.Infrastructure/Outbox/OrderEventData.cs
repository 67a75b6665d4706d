using System.Text.Json.Serialization;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>The order as it was right after the change, in <see cref="OperationEventContract"/> version 1; enums by name.</summary>
public sealed record OrderEventData(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("merchantId")] string MerchantId,
    [property: JsonPropertyName("orderId")] string OrderId,
    [property: JsonPropertyName("amount")] long Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("customerId")] string? CustomerId,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("customField")] string? CustomField,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt,
    [property: JsonPropertyName("authorizedAmount")] long AuthorizedAmount,
    [property: JsonPropertyName("capturedAmount")] long CapturedAmount,
    [property: JsonPropertyName("refundedAmount")] long RefundedAmount,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("lastOperationType")] string? LastOperationType,
    [property: JsonPropertyName("lastOperationTime")] DateTime? LastOperationTime,
    [property: JsonPropertyName("version")] int Version)
{
    public static OrderEventData From(Order order) => new(
        order.Id, order.MerchantId, order.OrderId, order.Amount, order.Currency, order.CustomerId, order.Description, order.CustomField,
        order.Channel.ToString(), order.CreatedAt, order.AuthorizedAmount, order.CapturedAmount, order.RefundedAmount, order.Status.ToString(),
        order.LastOperationType?.ToString(), order.LastOperationTime, order.Version);

    /// <summary>A detached domain order to resolve the API's <c>Order</c> fields from.</summary>
    public Order ToOrder() => Order.Restore(
        Id, MerchantId, OrderId, Amount, Currency, CustomerId, Description, CustomField, Enum.Parse<Channel>(Channel), CreatedAt,
        AuthorizedAmount, CapturedAmount, RefundedAmount, Enum.Parse<OrderStatus>(Status),
        LastOperationType is null ? null : Enum.Parse<OperationType>(LastOperationType), LastOperationTime, Version);
}
