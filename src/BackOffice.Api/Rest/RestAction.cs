using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Rest;

/// <summary>A command the operation accepts now: the most it may move, and until when, when a window applies.</summary>
public sealed record RestAction(string Type, string Amount, string Currency, string? Until)
{
    public static RestAction From(AvailableAction a) => new(ConstantCase.Of(a.Action), RestFormat.Amount(a.MaxAmount), a.Currency, RestFormat.Time(a.Until));
}
