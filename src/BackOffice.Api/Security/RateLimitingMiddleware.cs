using System.Globalization;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Rest;

namespace BackOffice.Api.Security;

/// <summary>
/// The rate limit on <c>/graphql</c> and <c>/api/v1</c> over HTTP (a WebSocket upgrade is one request; the socket's operations are counted
/// by the connection). Over the limit: 429 with <c>Retry-After</c> and an error in the door's own shape.
/// </summary>
public sealed class RateLimitingMiddleware(RequestDelegate next, ApiRateLimiter limiter, ApiKeyAuthenticator authenticator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Decided before any database lookup: only a key already known is its own partition.
        var known = authenticator.Known(context.Request.Headers[ApiKeyAuthenticator.Header]);
        var partition = known is null ? ApiRateLimiter.ForAddress(context.Connection.RemoteIpAddress) : ApiRateLimiter.ForKey(known);
        if (limiter.TryAcquire(partition, out var seconds))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        if (context.Request.Path.StartsWithSegments(RestApi.Prefix))
        {
            await response.WriteAsJsonAsync(
                RestErrorResponse.Of(GatewayCodes.RateLimited, $"Too many requests for this API key; retry after {seconds} s."), context.RequestAborted);
            return;
        }

        await response.WriteAsJsonAsync(new
        {
            errors = new[]
            {
                new { message = $"Too many requests for this API key; retry after {seconds} s.", extensions = new { code = GraphQLErrorCodes.RateLimited, retryAfter = seconds } },
            },
        }, context.RequestAborted);
    }
}
