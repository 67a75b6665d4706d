using System.Text.Json.Serialization;
using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Rest;

/// <summary>One operation as the gateway reports it.</summary>
public sealed record RestOperation(
    string OrderId,
    string OperationId,
    string Channel,
    string OperationType,
    string OperationResult,
    string OperationTime,
    string? PaymentMethod,
    string? PaymentCircuit,
    string? PaymentInstrumentInfo,
    string? CancelledOperationId,
    string OperationAmount,
    string OperationCurrency)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    public static RestOperation From(Operation o) => new(
        o.OrderId,
        o.OperationId,
        ConstantCase.Of(o.Channel),
        ConstantCase.Of(o.OperationType),
        ConstantCase.Of(o.OperationResult),
        RestFormat.Time(o.OperationTime),
        o.PaymentMethod,
        o.PaymentCircuit,
        o.PaymentInstrumentInfo,
        o.CancelledOperationId,
        RestFormat.Amount(o.OperationAmount),
        o.OperationCurrency);
}
