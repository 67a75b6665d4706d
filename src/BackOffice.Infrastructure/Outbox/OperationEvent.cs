using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// An operation created or changed, as subscribers receive it: the operation and its order as they were right after
/// the change, so no subscriber needs to query the database, and a stable <see cref="EventId"/> to deduplicate by.
/// </summary>
public sealed record OperationEvent(
    string EventId, string MerchantId, string OrderId, long Sequence, DateTime OccurredAt, OperationResult? PreviousResult,
    OperationSnapshot Operation, OrderSnapshot Order)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OperationEvent From(Order order, OperationChange change, DateTime occurredAt) => new(
        Guid.NewGuid().ToString(), order.MerchantId, order.OrderId, change.Sequence, occurredAt, change.PreviousResult,
        OperationSnapshot.Of(change.Operation), OrderSnapshot.Of(order));

    public OutboxEvent ToOutbox(long orderKey) =>
        new(EventId, MerchantId, orderKey, OrderId, Sequence, Operation.OperationId, OccurredAt, JsonSerializer.Serialize(this, Json));

    public static OperationEvent Parse(string payload) => JsonSerializer.Deserialize<OperationEvent>(payload, Json)!;
}

public sealed record OperationSnapshot(
    string OperationId, string OrderId, OperationType OperationType, OperationResult OperationResult, long OperationAmount,
    string OperationCurrency, DateTime OperationTime, Channel Channel, string? PaymentMethod, string? PaymentCircuit,
    string? PaymentInstrumentInfo, string? ParentOperationId, string? Description, string? ContractId)
{
    public static OperationSnapshot Of(Operation o) => new(
        o.OperationId, o.OrderId, o.OperationType, o.OperationResult, o.OperationAmount, o.OperationCurrency, o.OperationTime,
        o.Channel, o.PaymentMethod, o.PaymentCircuit, o.PaymentInstrumentInfo, o.ParentOperationId, o.Description, o.ContractId);
}

public sealed record OrderSnapshot(
    string OrderId, long Amount, string Currency, string? CustomerId, string? Description, Channel Channel, DateTime CreatedAt,
    long AuthorizedAmount, long CapturedAmount, long RefundedAmount, OrderStatus Status, OperationType? LastOperationType,
    DateTime? LastOperationTime)
{
    public static OrderSnapshot Of(Order o) => new(
        o.OrderId, o.Amount, o.Currency, o.CustomerId, o.Description, o.Channel, o.CreatedAt, o.AuthorizedAmount,
        o.CapturedAmount, o.RefundedAmount, o.Status, o.LastOperationType, o.LastOperationTime);
}
