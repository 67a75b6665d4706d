using BackOffice.Api.Security;

namespace BackOffice.Api.Rest;

/// <summary>Writes need an operator key: a read-only key is known (not 401) but may not act (403).</summary>
public sealed class OperatorOnlyEndpointFilter(RequestTenant tenant) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!tenant.CanOperate)
        {
            return TypedResults.Json(
                RestErrorResponse.Of(GatewayCodes.Forbidden, "This API key may read but not capture, refund, cancel or deactivate."),
                statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
