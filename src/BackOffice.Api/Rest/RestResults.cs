using Microsoft.AspNetCore.Http.HttpResults;

namespace BackOffice.Api.Rest;

/// <summary>The error answers every endpoint shares, in the one error shape.</summary>
public static class RestResults
{
    public static BadRequest<RestErrorResponse> Invalid(string description) =>
        TypedResults.BadRequest(RestErrorResponse.Of(GatewayCodes.InvalidParameter, description));

    public static BadRequest<RestErrorResponse> Refused(string code, string description) =>
        TypedResults.BadRequest(RestErrorResponse.Of(code, description));

    public static NotFound<RestErrorResponse> NotFound(string what) =>
        TypedResults.NotFound(RestErrorResponse.Of(GatewayCodes.NotFound, $"{what} was not found."));
}
