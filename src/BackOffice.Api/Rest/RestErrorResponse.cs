namespace BackOffice.Api.Rest;

/// <summary>Every error body of the REST door: always this object, never a bare array.</summary>
public sealed record RestErrorResponse(IReadOnlyList<RestError> Errors)
{
    public static RestErrorResponse Of(string code, string description) => new([new RestError(code, description)]);
}
