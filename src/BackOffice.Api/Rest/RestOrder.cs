using BackOffice.Domain.Orders;

namespace BackOffice.Api.Rest;

/// <summary>The order as the merchant placed it.</summary>
public sealed record RestOrder(string OrderId, string Amount, string Currency, string? CustomerId, string? Description, string? CustomField)
{
    public static RestOrder From(Order o) => new(o.OrderId, RestFormat.Amount(o.Amount), o.Currency, o.CustomerId, o.Description, o.CustomField);
}
