using System.Globalization;
using System.Threading.RateLimiting;
using BackOffice.Api.Common.Errors;
using BackOffice.Domain.Merchants;
using Microsoft.AspNetCore.RateLimiting;

namespace BackOffice.Api.Security;

public static class RateLimiting
{
    /// <summary>
    /// ASP.NET Core's rate limiter on <c>/graphql</c>, one token bucket per API key (by hash; per address when no key is
    /// sent). A key over its rate gets 429 with <c>Retry-After</c> and a GraphQL error, never a queue that hides the load.
    /// </summary>
    public static IServiceCollection AddApiKeyRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!limits.Enabled || !http.Request.Path.StartsWithSegments("/graphql"))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var key = http.Request.Headers[ApiKeyAuthenticator.Header].ToString();
                var partition = key.Length > 0 ? "key:" + ApiKey.Hash(key) : "address:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new { message = $"Too many requests for this API key; retry after {seconds} s.", extensions = new { code = GraphQLErrorCodes.RateLimited } },
                    },
                }, cancellationToken);
            };
        });
    }
}
