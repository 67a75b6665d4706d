namespace BackOffice.Api.Rest;

/// <summary>A note the gateway attaches to an operation it carried out, in the shape of its errors: a code and a sentence.</summary>
public sealed record RestWarning(string Code, string Description);
