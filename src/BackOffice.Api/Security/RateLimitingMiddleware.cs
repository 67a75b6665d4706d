using System.Globalization;
using BackOffice.Api.Common.Errors;

namespace BackOffice.Api.Security;

/// <summary>
/// The rate limit on <c>/graphql</c> over HTTP (a WebSocket upgrade is one request; the socket's operations are counted
/// by the connection). Over the limit: 429 with <c>Retry-After</c> and a GraphQL error.
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
        await response.WriteAsJsonAsync(new
        {
            errors = new[]
            {
                new { message = $"Too many requests for this API key; retry after {seconds} s.", extensions = new { code = GraphQLErrorCodes.RateLimited, retryAfter = seconds } },
            },
        }, context.RequestAborted);
    }
}
