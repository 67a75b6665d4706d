namespace BackOffice.Api.Rest;

public sealed record RestActionList(IReadOnlyList<RestAction> Actions);
