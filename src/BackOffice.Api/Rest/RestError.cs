namespace BackOffice.Api.Rest;

/// <summary>One refusal as the gateway spells it: a code (<c>PS0029</c>, or one of ours) and a sentence for a person.</summary>
public sealed record RestError(string Code, string Description);
