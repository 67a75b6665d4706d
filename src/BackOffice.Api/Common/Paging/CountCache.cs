using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// <c>totalCount</c> of a filter over a million orders reads every matching index entry (40 ms on SQLite, and a
/// dashboard asks for it with every page), so a count is kept while the merchant's data is unchanged. The merchant's
/// data version is its newest outbox event: every change to an order or an operation writes one in the same
/// transaction (<c>OutboxWriter.RecordChangesAsync</c>), so a refund, a capture or a new payment makes the next request
/// count afresh, on any instance. A count is also never older than <see cref="MaxAge"/>, which bounds what a write
/// outside the command path (a bulk seed, a manual fix) can leave stale; on SQL Server, where two transactions can
/// commit out of id order, the same bound covers that rare race. Requests for the same count while it is computed
/// wait for it rather than count in parallel.
/// </summary>
public sealed class CountCache : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly SemaphoreSlim[] _computing = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The count of <paramref name="query"/>; <paramref name="filterKey"/> names its filter uniquely within the merchant.</summary>
    public async Task<int> CountAsync<T>(BackOfficeDbContext db, string filterKey, IQueryable<T> query, CancellationToken cancellationToken)
    {
        var merchantId = db.CurrentMerchantId;
        var version = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.MerchantId == merchantId).OrderByDescending(e => e.Id).Select(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var key = merchantId + "\n" + filterKey;
        if (Fresh(key, version) is { } known)
        {
            return known;
        }

        var gate = _computing[(key.GetHashCode() & int.MaxValue) % _computing.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(key, version) is { } computedMeanwhile)
            {
                return computedMeanwhile;
            }

            var count = await query.CountAsync(cancellationToken);
            _counts.Set(key, new Entry(version, count), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = MaxAge });
            return count;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A kept count at least as new as <paramref name="version"/>: newer data than the caller saw is still right.</summary>
    private int? Fresh(string key, long version) =>
        _counts.TryGetValue(key, out Entry? entry) && entry!.Version >= version ? entry.Count : null;

    public void Dispose()
    {
        _counts.Dispose();
        foreach (var gate in _computing)
        {
            gate.Dispose();
        }
    }

    private sealed record Entry(long Version, int Count);
}
