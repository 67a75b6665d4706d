using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Security;

namespace BackOffice.Api.Rest;

/// <summary>
/// Signs the request's tenant in from <c>X-Api-Key</c> (the same keys and roles as GraphQL), so every query below it is
/// limited to the key's merchant; 401 in the error shape otherwise. A middleware, not an endpoint filter: the endpoint's
/// parameters (the tenant-scoped context among them) are bound before its filters run. Our own failures become a 500
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
