namespace BackOffice.Api.Rest;

/// <summary>The body of a cancel: <c>{}</c> or a description.</summary>
public sealed record RestCancelRequest(string? Description);
