using System.Diagnostics;
using System.Text.Json;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// An operation created or changed, as subscribers receive it: the operation and its order as they were right after
/// the change, and a stable <see cref="EventId"/> to deduplicate by (an event may arrive twice, never two with one id).
/// </summary>
public sealed record OperationEvent(
    string EventId, string MerchantId, long OrderKey, long Sequence, DateTime OccurredAt, OperationResult? PreviousResult,
    Operation Operation, Order Order)
{
    public static OperationEvent From(Order order, OperationChange change, DateTime occurredAt) => new(
        Guid.NewGuid().ToString(), order.MerchantId, order.Id, change.Sequence, occurredAt, change.PreviousResult, change.Operation, order);

    /// <summary>Adds one outbox row per change the order recorded, to be written in the same transaction as the change.</summary>
    public static void RecordChanges(DbSet<OutboxEvent> outbox, Order order, DateTime occurredAt) =>
        outbox.AddRange(order.Changes.Select(change => From(order, change, occurredAt).ToOutbox()));

    public OutboxEvent ToOutbox() =>
        new(EventId, MerchantId, OrderKey, Order.OrderId, Sequence, Operation.OperationId, OccurredAt, Serialize())
        {
            TraceParent = Activity.Current is { Recorded: true } current ? current.Id : null,
            CorrelationId = Operation.CorrelationId,
        };

    public string Serialize() => JsonSerializer.Serialize(this, EventJson.Options);

    public static OperationEvent Parse(string payload) =>
        JsonSerializer.Deserialize<OperationEvent>(payload, EventJson.Options) ?? throw new JsonException("An event payload was null.");
}
