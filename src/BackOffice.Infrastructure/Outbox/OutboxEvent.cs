namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// An operation event waiting to be published: written in the same transaction as the change it describes, so an
/// event exists exactly when its change committed. <see cref="Payload"/> is the event as subscribers receive it.
/// </summary>
public sealed class OutboxEvent
{
    public OutboxEvent(string eventId, string merchantId, long orderKey, string orderId, long sequence, string operationId, DateTime occurredAt, string payload)
    {
        EventId = eventId;
        MerchantId = merchantId;
        OrderKey = orderKey;
        OrderId = orderId;
        Sequence = sequence;
        OperationId = operationId;
        OccurredAt = occurredAt;
        Payload = payload;
    }

    public long Id { get; private set; }

    public string EventId { get; private set; }

    public string MerchantId { get; private set; }

    public long OrderKey { get; private set; }

    public string OrderId { get; private set; }

    /// <summary>Increasing per order: subscribers see an order's events in this order.</summary>
    public long Sequence { get; private set; }

    public string OperationId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string Payload { get; private set; }

    /// <summary>Set once the bus has the event; null while it waits.</summary>
    public DateTime? SentAt { get; set; }

    /// <summary>A dispatcher's claim on the row until this time, so two instances do not both publish it.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the request that wrote the event (null when it was not traced): its publication,
    /// later and perhaps on another instance, continues that trace.
    /// </summary>
    public string? TraceParent { get; init; }

    /// <summary>The correlation id of the request that wrote the event, carried by its publication's span.</summary>
    public string? CorrelationId { get; init; }
}
