namespace BackOffice.Api.Rest;

/// <summary>The body of a capture or refund: the amount as a string of digits in minor units.</summary>
public sealed record RestAmountRequest(string? Amount, string? Currency, string? Description);
