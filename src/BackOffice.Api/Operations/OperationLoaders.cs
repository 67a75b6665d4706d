using BackOffice.Api.Common.Loading;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Operations;

/// <summary>Per request: the operations of many orders in one query per requested sort.</summary>
public sealed class OperationLoaders(BackOfficeDbContext db)
{
    private readonly Dictionary<string, BatchLoader<long, IReadOnlyList<Operation>>> _byOrder = [];

    private (IReadOnlyList<SortTerm<Operation>> Terms, BatchLoader<long, IReadOnlyList<Operation>> Loader)? _last;

    public BatchLoader<long, IReadOnlyList<Operation>> ByOrder(IReadOnlyList<SortTerm<Operation>> terms)
    {
        // The same parsed sort as the previous order of the page (the default one is shared): no key to build.
        if (_last is { } last && ReferenceEquals(last.Terms, terms))
        {
            return last.Loader;
        }

        var key = string.Join(',', terms);
        if (!_byOrder.TryGetValue(key, out var loader))
        {
            loader = new BatchLoader<long, IReadOnlyList<Operation>>(async (orderKeys, cancellationToken) =>
            {
                // One order (the order(orderId) page) is an equality: its SQL is cached, where a list's is rebuilt per call.
                var query = orderKeys.Count == 1 && orderKeys.First() is var only
                    ? db.Operations.AsNoTracking().Where(o => o.OrderKey == only)
                    : db.Operations.AsNoTracking().Where(o => orderKeys.Contains(o.OrderKey));
                var rows = await SortTranslator.Apply(query, terms).ToListAsync(cancellationToken);
                var byOrder = rows.GroupBy(o => o.OrderKey).ToDictionary(g => g.Key, g => (IReadOnlyList<Operation>)g.ToList());
                return orderKeys.ToDictionary(k => k, k => byOrder.GetValueOrDefault(k) ?? []);
            });
            _byOrder[key] = loader;
        }

        _last = (terms, loader);
        return loader;
    }
}
