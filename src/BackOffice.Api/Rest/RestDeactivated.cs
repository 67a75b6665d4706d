namespace BackOffice.Api.Rest;

/// <summary>What a deactivation answers: always a JSON object, never an empty 200.</summary>
public sealed record RestDeactivated(string ContractId, string ContractStatus);
