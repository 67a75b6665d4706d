using System.Text.Json.Serialization;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>The operation as it was right after the change, in <see cref="OperationEventContract"/> version 1; enums by name.</summary>
public sealed record OperationEventData(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("operationId")] string OperationId,
    [property: JsonPropertyName("orderId")] string OrderId,
    [property: JsonPropertyName("operationType")] string OperationType,
    [property: JsonPropertyName("operationResult")] string OperationResult,
    [property: JsonPropertyName("operationAmount")] long OperationAmount,
    [property: JsonPropertyName("operationCurrency")] string OperationCurrency,
    [property: JsonPropertyName("operationTime")] DateTime OperationTime,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("paymentMethod")] string? PaymentMethod,
    [property: JsonPropertyName("paymentCircuit")] string? PaymentCircuit,
    [property: JsonPropertyName("paymentInstrumentInfo")] string? PaymentInstrumentInfo,
    [property: JsonPropertyName("parentOperationId")] string? ParentOperationId,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("contractId")] string? ContractId,
    [property: JsonPropertyName("apiKeyId")] long? ApiKeyId,
    [property: JsonPropertyName("correlationId")] string? CorrelationId)
{
    public static OperationEventData From(Operation operation) => new(
        operation.Id, operation.OperationId, operation.OrderId, operation.OperationType.ToString(), operation.OperationResult.ToString(),
        operation.OperationAmount, operation.OperationCurrency, operation.OperationTime, operation.Channel.ToString(), operation.PaymentMethod,
        operation.PaymentCircuit, operation.PaymentInstrumentInfo, operation.ParentOperationId, operation.Description, operation.ContractId,
        operation.ApiKeyId, operation.CorrelationId);

    /// <summary>A detached domain operation, on <paramref name="order"/>, to resolve the API's <c>Operation</c> fields from.</summary>
    public Operation ToOperation(Order order) => Operation.Restore(
        order, Id, OperationId, Enum.Parse<OperationType>(OperationType), Enum.Parse<OperationResult>(OperationResult), OperationAmount,
        OperationCurrency, OperationTime, Enum.Parse<Channel>(Channel), PaymentMethod, PaymentCircuit, PaymentInstrumentInfo, ParentOperationId,
        Description, ContractId, ApiKeyId, CorrelationId);
}
