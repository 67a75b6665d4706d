namespace BackOffice.Api.Rest;

public sealed record RestOrderDetail(RestOrderStatus OrderStatus, IReadOnlyList<RestOperation> Operations);
