using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Security;

namespace BackOffice.Api.Rest;

/// <summary>
/// Signs the request's tenant in from <c>X-Api-Key</c> (the same keys and roles as GraphQL), so every query below it is
/// limited to the key's merchant; 401 in the error shape otherwise; 403 for a read-only key on a write (<see cref="OperatorOnly"/>).
/// A middleware, not an endpoint filter: the endpoint's parameters (the tenant-scoped context and the body among them) are
/// bound before its filters run; routing has already chosen the endpoint here, so its metadata is known. Our own failures become a 500
/// that carries the correlation id, so a client's report leads to our log lines.
/// </summary>
public sealed class RestAuthenticationMiddleware(RequestDelegate next, ApiKeyAuthenticator authenticator, ILogger<RestAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestTenant tenant, RequestContext request)
    {
        var key = await authenticator.AuthenticateAsync(context.Request.Headers[ApiKeyAuthenticator.Header], context.RequestAborted);
        if (key is null)
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized,
                RestErrorResponse.Of(GatewayCodes.Unauthorized, $"A valid {ApiKeyAuthenticator.Header} header is required."));
            return;
        }

        tenant.SignIn(key);
        if (!tenant.CanOperate && context.GetEndpoint()?.Metadata.GetMetadata<OperatorOnly>() is not null)
        {
            // Before the endpoint reads its body: a read-only key is known (not 401) but may not act, whatever it sent.
            await WriteAsync(context, StatusCodes.Status403Forbidden,
                RestErrorResponse.Of(GatewayCodes.Forbidden, "This API key may read but not capture, refund, cancel or deactivate."));
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e)
        {
            // An unreadable body or parameter (the route handlers throw these, see RouteHandlerOptions in DependencyInjection).
            await WriteAsync(context, StatusCodes.Status400BadRequest, RestErrorResponse.Of(GatewayCodes.InvalidParameter, e.Message));
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            logger.LogError(e, "REST request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await WriteAsync(context, StatusCodes.Status500InternalServerError,
                RestErrorResponse.Of(GatewayCodes.InternalError, $"The request failed on our side; correlation id {request.CorrelationId}."));
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, RestErrorResponse body)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }
}
