using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using BackOffice.Api.Common.Loading;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Operations;

/// <summary>
/// Per request: the operations of many orders in one query per requested sort and selection, the keys as one parameter as
/// <see cref="Orders.OrderLoaders"/> sends them.
/// </summary>
public sealed class OperationLoaders(BackOfficeDbContext db)
{
    /// <summary>
    /// One order's operations (the order(orderId) page), compiled once per selection (its projection, or whole rows), context
    /// type and sort: no expression tree to funcletize and hash per request (9 % of that page's CPU under load). Held as long as
    /// the selection's projection is, which lives with its cached document.
    /// </summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(Type Context, string Sort), Func<BackOfficeDbContext, long, IAsyncEnumerable<Operation>>>> OneOrder = [];

    private static readonly object WholeRows = new();

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

        var sort = string.Join(',', terms);
        var key = (sort, (Expression?)projection);
        if (!_byOrder.TryGetValue(key, out var loader))
        {
            loader = new BatchLoader<long, IReadOnlyList<Operation>>(async (orderKeys, cancellationToken) =>
            {
                List<Operation> rows;
                if (orderKeys.Count == 1)
                {
                    var compiled = OneOrder.GetValue(projection ?? WholeRows, _ => new())
                        .GetOrAdd((db.GetType(), sort), _ => CompileOneOrder(terms, projection));
                    rows = await compiled(db, orderKeys.First()).ToListAsync(cancellationToken);
                }
                else
                {
                    var sorted = SortTranslator.Apply(db.Operations.AsNoTracking().Where(o => EF.Parameter(orderKeys).Contains(o.OrderKey)), terms);
                    rows = await (projection is null ? sorted : sorted.Select(projection)).ToListAsync(cancellationToken);
                }

                var byOrder = rows.GroupBy(o => o.OrderKey).ToDictionary(g => g.Key, g => (IReadOnlyList<Operation>)g.ToList());
                return orderKeys.ToDictionary(k => k, k => byOrder.GetValueOrDefault(k) ?? []);
            });
            _byOrder[key] = loader;
        }

        _last = (terms, projection, loader);
        return loader;
    }

    /// <summary><c>(db, only) =&gt; db.Operations.AsNoTracking().Where(o =&gt; o.OrderKey == only)</c>, sorted and projected, compiled.</summary>
    private static Func<BackOfficeDbContext, long, IAsyncEnumerable<Operation>> CompileOneOrder(
        IReadOnlyList<SortTerm<Operation>> terms, Expression<Func<Operation, Operation>>? projection)
    {
        var db = Expression.Parameter(typeof(BackOfficeDbContext), "db");
        var only = Expression.Parameter(typeof(long), "only");
        var operation = Expression.Parameter(typeof(Operation), "o");
        // The query is composed as it would be on the context (never run here), then taken as the compiled query's body.
        IQueryable<Operation> query = new EnumerableQuery<Operation>(Expression.Call(
            typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(Operation)],
            Expression.Property(db, nameof(BackOfficeDbContext.Operations))));
        query = query.Where(Expression.Lambda<Func<Operation, bool>>(
            Expression.Equal(Expression.Property(operation, nameof(Operation.OrderKey)), only), operation));
        var sorted = SortTranslator.Apply(query, terms);
        var body = (projection is null ? sorted : sorted.Select(projection)).Expression;
        return EF.CompileAsyncQuery(Expression.Lambda<Func<BackOfficeDbContext, long, IQueryable<Operation>>>(body, db, only));
    }
}
