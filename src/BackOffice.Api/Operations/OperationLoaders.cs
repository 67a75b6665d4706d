using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using BackOffice.Api.Common.Loading;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace BackOffice.Api.Operations;

/// <summary>
/// Per request: the operations of many orders in one query per requested sort and selection, the keys as one parameter as
/// <see cref="Orders.OrderLoaders"/> sends them.
/// </summary>
public sealed class OperationLoaders(BackOfficeDbContext db)
{
    /// <summary>
    /// The queries for one order's operations (the order(orderId) page) and for many orders', compiled once per selection (its
    /// projection, or whole rows), context type and sort: no expression tree to build, funcletize and hash per request (9 % of
    /// the order(orderId) page's CPU under load). Held as long as the selection's projection is, which lives with its cached document.
    /// </summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(Type Context, string Sort), Compiled>> Queries = [];

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
                var compiled = Queries.GetValue(projection ?? WholeRows, _ => new())
                    .GetOrAdd((db.GetType(), sort), _ => Compiled.For(terms, projection));
                var rows = await (orderKeys.Count == 1 ? compiled.One(db, orderKeys.First()) : compiled.Many(db, [.. orderKeys]))
                    .ToListAsync(cancellationToken);

                // Each order's rows in the sort's order, and no rows for an order that has none.
                var byOrder = new Dictionary<long, IReadOnlyList<Operation>>(orderKeys.Count);
                foreach (var orderKey in orderKeys)
                {
                    byOrder[orderKey] = [];
                }

                foreach (var row in rows)
                {
                    if (byOrder[row.OrderKey] is not List<Operation> ofOrder)
                    {
                        byOrder[row.OrderKey] = ofOrder = [];
                    }

                    ofOrder.Add(row);
                }

                return byOrder;
            });
            _byOrder[key] = loader;
        }

        _last = (terms, projection, loader);
        return loader;
    }

    /// <summary>The query for one order's operations, and the one for many orders' (one statement for any number of keys).</summary>
    private sealed record Compiled(
        Func<BackOfficeDbContext, long, IAsyncEnumerable<Operation>> One,
        Func<BackOfficeDbContext, long[], IAsyncEnumerable<Operation>> Many)
    {
        public static Compiled For(IReadOnlyList<SortTerm<Operation>> terms, Expression<Func<Operation, Operation>>? projection) => new(
            Compile<long>("only", terms, projection, (orderKey, only) => Expression.Equal(orderKey, only)),
            // The keys as one parameter (a JSON array), as OrderLoaders sends them with EF.Parameter (which takes no compiled
            // query's parameter): one statement for any number of keys.
            Compile<long[]>("orderKeys", terms, projection, (orderKey, keys) => Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long)],
                new QueryParameterExpression(keys.Name!, keys.Type, ParameterTranslationMode.Parameter), orderKey)));

        /// <summary><c>(db, keys) =&gt; db.Operations.AsNoTracking().Where(o =&gt; matches(o.OrderKey, keys))</c>, sorted and projected, compiled.</summary>
        private static Func<BackOfficeDbContext, TKeys, IAsyncEnumerable<Operation>> Compile<TKeys>(string keysName,
            IReadOnlyList<SortTerm<Operation>> terms, Expression<Func<Operation, Operation>>? projection,
            Func<Expression, ParameterExpression, Expression> matches)
        {
            var db = Expression.Parameter(typeof(BackOfficeDbContext), "db");
            var keys = Expression.Parameter(typeof(TKeys), keysName);
            var operation = Expression.Parameter(typeof(Operation), "o");
            // The query is composed as it would be on the context (never run here), then taken as the compiled query's body.
            IQueryable<Operation> query = new EnumerableQuery<Operation>(Expression.Call(
                typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(Operation)],
                Expression.Property(db, nameof(BackOfficeDbContext.Operations))));
            query = query.Where(Expression.Lambda<Func<Operation, bool>>(matches(Expression.Property(operation, nameof(Operation.OrderKey)), keys), operation));
            var sorted = SortTranslator.Apply(query, terms);
            var body = (projection is null ? sorted : sorted.Select(projection)).Expression;
            return EF.CompileAsyncQuery(Expression.Lambda<Func<BackOfficeDbContext, TKeys, IQueryable<Operation>>>(body, db, keys));
        }
    }
}
