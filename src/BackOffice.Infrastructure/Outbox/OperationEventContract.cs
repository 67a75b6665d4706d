using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// An operation created or changed, as it is stored in the outbox, travels between instances (Redis) and reaches
/// subscribers: a contract of its own, never the domain entities, so a rename in the domain changes neither stored rows
/// nor what an instance running the previous release reads. Every JSON name is fixed here (a test snapshots the form):
/// a field may be added; renaming or removing one needs a new <see cref="Version"/>. Version 1 keeps the names events
/// had before they were versioned, so a row written then (no <c>version</c>) reads as version 1.
/// </summary>
public sealed record OperationEventContract(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("eventId")] string EventId,
    [property: JsonPropertyName("merchantId")] string MerchantId,
    [property: JsonPropertyName("orderKey")] long OrderKey,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("occurredAt")] DateTime OccurredAt,
    [property: JsonPropertyName("previousResult")] string? PreviousResult,
    [property: JsonPropertyName("operation")] OperationEventData Operation,
    [property: JsonPropertyName("order")] OrderEventData Order)
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The event of one change of <paramref name="order"/>, numbered <paramref name="sequence"/> in its merchant's stream
    /// and given a stable <see cref="EventId"/> to deduplicate by (an event may arrive twice, never two with one id).
    /// </summary>
    public static OperationEventContract From(Order order, OperationChange change, long sequence, DateTime occurredAt) => new(
        CurrentVersion, Guid.NewGuid().ToString(), order.MerchantId, order.Id, sequence, occurredAt, change.PreviousResult?.ToString(),
        OperationEventData.From(change.Operation), OrderEventData.From(order));

    /// <summary>The operation's result before the change, as the domain names it; null when the operation is new.</summary>
    [JsonIgnore]
    public OperationResult? PreviousOperationResult => PreviousResult is null ? null : Enum.Parse<OperationResult>(PreviousResult);

    /// <summary>The row to write, with the writing request's trace and correlation id (kept beside the payload, not in it).</summary>
    public OutboxEvent ToOutbox() =>
        new(EventId, MerchantId, OrderKey, Order.OrderId, Sequence, Operation.OperationId, OccurredAt, Serialize())
        {
            TraceParent = Activity.Current is { Recorded: true } current ? current.Id : null,
            CorrelationId = Operation.CorrelationId,
        };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads any version this release knows; a newer one is refused by name rather than misread.</summary>
    public static OperationEventContract Parse(string payload)
    {
        var read = JsonSerializer.Deserialize<OperationEventContract>(payload, Json) ?? throw new JsonException("An event payload was null.");
        return read.Version switch
        {
            0 => read with { Version = 1 }, // written before events carried a version: the same names as version 1
            CurrentVersion => read,
            _ => throw new JsonException($"Event contract version {read.Version} is newer than this instance reads (up to {CurrentVersion})."),
        };
    }
}
