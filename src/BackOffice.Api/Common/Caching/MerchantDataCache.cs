using System.Text.Json;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence;
using GraphQL.Execution;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Common.Caching;

/// <summary>
/// Answers computed from all of a merchant's orders (a filter's <c>totalCount</c>, the dashboard's statistics: 40 ms and
/// more on SQLite at a million orders, asked by every dashboard that opens) are kept while the merchant's data is
/// unchanged. The data's version is the merchant's event counter (<see cref="OutboxWriter.LatestAsync"/>): every change
/// to an order or an operation bumps it in the same transaction, and writers of one merchant commit in its order, so a
/// refund, a capture or a new payment makes the next request compute afresh, on any instance. An answer is also never
/// older than <see cref="MaxAge"/>, which bounds what a write outside the command path (a bulk load, a manual fix) can
/// leave stale; <see cref="TimeSpan.Zero"/> keeps nothing. Requests for the same answer while it is computed wait for it
/// rather than compute in parallel.
/// </summary>
public sealed class MerchantDataCache(TimeSpan maxAge) : IDisposable
{
    public const string MaxAgeSetting = "MerchantDataCache:MaxAge";

    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromSeconds(30);

    /// <summary>Sizes count in small objects (a count is one, a statistic one per currency and bucket): tens of megabytes at most.</summary>
    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 200_000 });
    private readonly SemaphoreSlim[] _computing = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public TimeSpan MaxAge { get; } = maxAge;

    /// <summary>
    /// The answer named <paramref name="key"/> within the current merchant, computed by <paramref name="compute"/> unless
    /// kept; <paramref name="sizeOf"/> weighs it against the cache's limit.
    /// </summary>
    public async Task<T> GetAsync<T>(BackOfficeDbContext db, string key, Func<CancellationToken, Task<T>> compute, Func<T, int> sizeOf,
        CancellationToken cancellationToken)
    {
        if (MaxAge <= TimeSpan.Zero || db.CurrentMerchantId is not { } merchantId)
        {
            return await compute(cancellationToken); // nothing kept, or no merchant's data to keep it for
        }

        var version = await OutboxWriter.LatestAsync(db, merchantId, cancellationToken);
        var merchantKey = merchantId + "\n" + key;
        if (Fresh<T>(merchantKey, version) is (true, var known))
        {
            return known;
        }

        var gate = _computing[(merchantKey.GetHashCode() & int.MaxValue) % _computing.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh<T>(merchantKey, version) is (true, var computedMeanwhile))
            {
                return computedMeanwhile;
            }

            var answer = await compute(cancellationToken);
            _answers.Set(merchantKey, new Entry<T>(version, answer),
                new MemoryCacheEntryOptions { Size = sizeOf(answer), AbsoluteExpirationRelativeToNow = MaxAge });
            return answer;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// What decides a field's answer: its name and its arguments as parsed, but <paramref name="ignored"/> (the same filter
    /// written with its keys in another order is only another key).
    /// </summary>
    public static string KeyOf(string field, IDictionary<string, ArgumentValue>? arguments, IReadOnlySet<string>? ignored = null) =>
        field + JsonSerializer.Serialize((arguments ?? new Dictionary<string, ArgumentValue>())
            .Where(a => ignored is null || !ignored.Contains(a.Key))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(a => a.Key, a => a.Value.Value));

    /// <summary>A kept answer at least as new as <paramref name="version"/>: newer data than the caller saw is still right.</summary>
    private (bool Found, T Answer) Fresh<T>(string key, long version) =>
        _answers.TryGetValue(key, out Entry<T>? entry) && entry!.Version >= version ? (true, entry.Answer) : (false, default!);

    public void Dispose()
    {
        _answers.Dispose();
        foreach (var gate in _computing)
        {
            gate.Dispose();
        }
    }

    private sealed record Entry<T>(long Version, T Answer);
}
