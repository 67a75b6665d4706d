namespace BackOffice.Api.Rest;

public sealed record RestCustomerContracts(string CustomerId, IReadOnlyList<RestContract> Contracts);
