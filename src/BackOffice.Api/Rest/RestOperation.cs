using System.ComponentModel;
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
    /// <summary>
    /// The gateway's notes on an operation "when there are any". We have none to give truthfully: every operation here is
    /// done or refused whole, and a refusal is an error, not a warning. So nothing sets this and the key is left out
    /// (never <c>null</c>, never <c>[]</c>); it is declared so the document names the gateway's field.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Description("The gateway's notes on the operation, when there are any. This API never sends it: no operation here has any.")]
    public IReadOnlyList<RestWarning>? Warnings { get; init; }

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
