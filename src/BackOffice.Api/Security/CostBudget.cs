using System.Collections.Concurrent;
using System.Globalization;
using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Telemetry;
using GraphQL;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Security;

/// <summary>
/// A cost budget per API key beside the request rate (<see cref="ApiRateLimiter"/>): a token bucket of field cost that
/// refills at <see cref="RateLimitOptions.CostPerSecond"/>, from which every executed request draws its price before it runs.
/// A thousand cheap requests and three huge ones are not the same load; this is what tells them apart. Only authenticated
/// keys reach execution, so the buckets are as many as the keys in use.
/// </summary>
public sealed class CostBudget(IOptions<RateLimitOptions> options, TimeProvider time, GraphQLMetrics metrics)
{
    private readonly RateLimitOptions _options = options.Value;
    private readonly ConcurrentDictionary<long, Bucket> _buckets = new();

    private bool Enabled => _options.Enabled && _options.CostPerSecond > 0;

    /// <summary>Null when the key's bucket holds the cost (and it is taken); else the error that refuses the request.</summary>
    public ExecutionError? TryDraw(AuthenticatedKey key, CostMetrics cost)
    {
        if (!Enabled || cost.FieldCost <= 0)
        {
            return null;
        }

        var capacity = Math.Max(_options.CostBurst, _options.CostPerSecond);
        if (cost.FieldCost > capacity)
        {
            return Refusal($"This request costs {Number(cost.FieldCost)}, more than this API key's cost budget holds ({Number(capacity)}); ask for less.", null, capacity);
        }

        var bucket = _buckets.GetOrAdd(key.ApiKeyId, _ => new Bucket(capacity, time.GetTimestamp()));
        var wait = bucket.TryTake(cost.FieldCost, capacity, _options.CostPerSecond, time);
        return wait is { } seconds
            ? Refusal($"This API key spent its cost budget ({Number(_options.CostPerSecond)} per second); retry after {seconds} s.", seconds, capacity)
            : null;
    }

    private ExecutionError Refusal(string message, int? retryAfter, double capacity)
    {
        metrics.CountCostRefusal();
        var error = new ExecutionError(message) { Code = GraphQLErrorCodes.CostBudgetExceeded };
        if (retryAfter is { } seconds)
        {
            error.AddExtension("retryAfter", seconds);
        }

        return error.AddExtension("costPerSecond", _options.CostPerSecond).AddExtension("costBurst", capacity);
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed class Bucket(double tokens, long stamp)
    {
        private readonly Lock _lock = new();

        /// <summary>Null when taken; else the whole seconds until the bucket holds <paramref name="cost"/>.</summary>
        public int? TryTake(double cost, double capacity, double perSecond, TimeProvider time)
        {
            lock (_lock)
            {
                var now = time.GetTimestamp();
                tokens = Math.Min(capacity, tokens + (time.GetElapsedTime(stamp, now).TotalSeconds * perSecond));
                stamp = now;
                if (tokens >= cost)
                {
                    tokens -= cost;
                    return null;
                }

                return Math.Max(1, (int)Math.Ceiling((cost - tokens) / perSecond));
            }
        }
    }
}
