using GraphQL.DataLoader;

namespace BackOffice.Api.Common.Loading;

/// <summary>
/// A request-scoped batch loader. Each <see cref="Load"/> only records its key; GraphQL.NET resolves every
/// <see cref="IDataLoaderResult"/> of a level after queuing them all, so the first result fetches all pending
/// keys in one query and the rest are answered from memory (50 orders' operations: one SQL command, not 50).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private HashSet<TKey> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0 && !_loaded.ContainsKey(key))
        {
            var keys = _pending;
            _pending = [];
            foreach (var (loadedKey, value) in await fetch(keys, cancellationToken))
            {
                _loaded[loadedKey] = value;
            }
        }

        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
