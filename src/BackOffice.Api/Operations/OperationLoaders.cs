using System.Linq.Expressions;
using BackOffice.Api.Common.Loading;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Operations;

/// <summary>Per request: the operations of many orders in one query per requested sort and selection.</summary>
public sealed class OperationLoaders(BackOfficeDbContext db)
{
    private readonly Dictionary<(string Sort, Expression? Projection), BatchLoader<long, IReadOnlyList<Operation>>> _byOrder = [];

    private (IReadOnlyList<SortTerm<Operation>> Terms, Expression? Projection, BatchLoader<long, IReadOnlyList<Operation>> Loader)? _last;

    /// <param name="projection">Null, or the columns the rows are read with (<see cref="Common.Listing.RowProjection"/>): it keeps
    /// <see cref="Operation.OrderKey"/>, which they are grouped by. Built once per selection, so compared by reference.</param>
    public BatchLoader<long, IReadOnlyList<Operation>> ByOrder(IReadOnlyList<SortTerm<Operation>> terms, Expression<Func<Operation, Operation>>? projection = null)
    {
        // The same parsed sort and selection as the previous order of the page (the default sort is shared): no key to build.
        if (_last is { } last && ReferenceEquals(last.Terms, terms) && ReferenceEquals(last.Projection, projection))
        {
            return last.Loader;
        }

        var key = (string.Join(',', terms), (Expression?)projection);
        if (!_byOrder.TryGetValue(key, out var loader))
        {
            loader = new BatchLoader<long, IReadOnlyList<Operation>>(async (orderKeys, cancellationToken) =>
            {
                // One order (the order(orderId) page) is an equality: its SQL is cached, where a list's is rebuilt per call.
                var query = orderKeys.Count == 1 && orderKeys.First() is var only
                    ? db.Operations.AsNoTracking().Where(o => o.OrderKey == only)
                    : db.Operations.AsNoTracking().Where(o => orderKeys.Contains(o.OrderKey));
                var sorted = SortTranslator.Apply(query, terms);
                var rows = await (projection is null ? sorted : sorted.Select(projection)).ToListAsync(cancellationToken);
                var byOrder = rows.GroupBy(o => o.OrderKey).ToDictionary(g => g.Key, g => (IReadOnlyList<Operation>)g.ToList());
                return orderKeys.ToDictionary(k => k, k => byOrder.GetValueOrDefault(k) ?? []);
            });
            _byOrder[key] = loader;
        }

        _last = (terms, projection, loader);
        return loader;
    }
}
