using GraphQL.DataLoader;

namespace BackOffice.Api.Common.Loading;

public static class LoaderResultExtensions
{
    /// <summary>
    /// Computes from a batched value once it is loaded; the result is still deferred, so the batch stays one query.
    /// Awaiting the load inside a resolver instead would fetch each key on its own.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new Mapped<T, TResult>(source, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
