namespace BackOffice.Api.Rest;

public sealed record RestOperationList(IReadOnlyList<RestOperation> Operations);
