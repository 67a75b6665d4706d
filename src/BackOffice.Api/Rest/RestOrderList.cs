namespace BackOffice.Api.Rest;

public sealed record RestOrderList(IReadOnlyList<RestOrderStatus> Orders);
