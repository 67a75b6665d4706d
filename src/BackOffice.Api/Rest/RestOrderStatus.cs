using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Rest;

/// <summary>An order with its running totals and its latest operation (the gateway's OrderStatus).</summary>
public sealed record RestOrderStatus(
    RestOrder Order, string AuthorizedAmount, string CapturedAmount, string? LastOperationType, string? LastOperationTime)
{
    public static RestOrderStatus From(Order o) => new(
        RestOrder.From(o),
        RestFormat.Amount(o.AuthorizedAmount),
        RestFormat.Amount(o.CapturedAmount),
        o.LastOperationType is { } type ? ConstantCase.Of(type) : null,
        RestFormat.Time(o.LastOperationTime));
}
