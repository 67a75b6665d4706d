using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using BackOffice.Api.Telemetry;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Security;

/// <summary>
/// One token bucket per API key, shared by HTTP requests and WebSocket operations, so a key cannot escape its rate by
/// switching transport. A request whose key the authenticator does not already know is charged to its client address:
/// a flood of made-up keys empties one bucket, not one per guess.
/// </summary>
public sealed class ApiRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _buckets;

    private readonly GraphQLMetrics _metrics;

    public ApiRateLimiter(IOptions<RateLimitOptions> options, GraphQLMetrics metrics)
    {
        _metrics = metrics;
        _options = options.Value;
        var limits = _options;
        _buckets = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetTokenBucketLimiter(partition, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.Burst,
                TokensPerPeriod = limits.PermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0, // never a queue that hides the load
            }));
    }

    public static string ForKey(AuthenticatedKey key) => "key:" + key.ApiKeyId.ToString(CultureInfo.InvariantCulture);

    public static string ForAddress(IPAddress? address) => "address:" + address;

    /// <summary>Takes one permit from the partition's bucket; when there is none, the whole seconds to wait before retrying.</summary>
    public bool TryAcquire(string partition, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!_options.Enabled)
        {
            return true;
        }

        using var lease = _buckets.AttemptAcquire(partition);
        if (lease.IsAcquired)
        {
            return true;
        }

        _metrics.CountRateLimitRefusal();
        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        return false;
    }

    public void Dispose() => _buckets.Dispose();
}
