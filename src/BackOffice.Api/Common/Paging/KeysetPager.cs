using System.Linq.Expressions;
using BackOffice.Api.Common.Sorting;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// Runs one page of a sorted, filtered query as a keyset seek: <c>WHERE (sort values) beyond cursor ORDER BY … LIMIT n+1</c>.
/// Page 200 costs what page 1 costs. The extra row tells whether another page follows.
/// </summary>
public static class KeysetPager
{
    /// <param name="projection">Null, or the columns the page's rows are read with (<see cref="Listing.RowProjection"/>).</param>
    public static async Task<Page<T>> PageAsync<T>(
        ShapedQuery<T> filtered, IReadOnlyList<SortTerm<T>> terms, PagingArguments arguments, CursorCodec cursors, CancellationToken cancellationToken,
        Expression<Func<T, T>>? projection = null)
    {
        // One cursor: its rows are read range by range (Keyset.Ranges), nearest the cursor first — or farthest first when the
        // page is read from the other end (last after a cursor, first before one). Both: one predicate each, the rows between.
        var backward = arguments.Backward;
        var reversed = terms.Select(t => t.Reversed()).ToList();
        var after = arguments.After is { } a ? cursors.Decode(terms, a, "after") : null;
        var before = arguments.Before is { } b ? cursors.Decode(terms, b, "before") : null;
        IReadOnlyList<Expression<Func<T, bool>>?> ranges = [null];
        if (after is not null && before is not null)
        {
            ranges = [Both(Keyset.After(terms, after), Keyset.After(reversed, before))];
        }
        else if (after is not null || before is not null)
        {
            ranges = after is not null ? Keyset.Ranges(terms, after) : Keyset.Ranges(reversed, before!);
            if ((after is not null) == backward)
            {
                ranges = ranges.Reverse().ToList();
            }
        }

        List<T> rows;
        bool hasNext, hasPrevious;
        if (backward && arguments.Last is { } last)
        {
            rows = await ReadAsync(filtered, ranges, reversed, last + 1, projection, cancellationToken);
            hasPrevious = rows.Count > last;
            rows = rows.Take(last).Reverse().ToList();
            hasNext = arguments.Before is not null;
        }
        else
        {
            var first = arguments.First ?? PagingArguments.DefaultPageSize;
            rows = await ReadAsync(filtered, ranges, terms, first + 1, projection, cancellationToken);
            hasNext = rows.Count > first;
            rows = rows.Take(first).ToList();
            hasPrevious = arguments.After is not null;
            if (arguments.Last is { } lastOfFirst && rows.Count > lastOfFirst)
            {
                rows = rows.Skip(rows.Count - lastOfFirst).ToList();
                hasPrevious = true;
            }
        }

        byte[]? scope = null;
        Func<T, string> encode = row => cursors.Encode(terms, scope ??= CursorCodec.Scope(terms), row);
        var edges = rows.ConvertAll(row => new Edge<T>(row, encode));
        var pageInfo = new PageInfo(hasNext, hasPrevious, () => edges.FirstOrDefault()?.Cursor, () => edges.LastOrDefault()?.Cursor);
        return new Page<T>(edges, pageInfo, filtered.Whole.CountAsync);
    }

    /// <summary>Up to <paramref name="count"/> rows in order: range after range (null: every row) until the page is full.</summary>
    private static async Task<List<T>> ReadAsync<T>(
        ShapedQuery<T> filtered, IReadOnlyList<Expression<Func<T, bool>>?> ranges, IReadOnlyList<SortTerm<T>> order, int count,
        Expression<Func<T, T>>? projection, CancellationToken cancellationToken)
    {
        var rows = new List<T>(count);
        foreach (var range in ranges)
        {
            var page = Ordered(filtered, range, order, count - rows.Count);
            rows.AddRange(await (projection is null ? page : page.Select(projection)).ToListAsync(cancellationToken));
            if (rows.Count == count)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>
    /// The first <paramref name="count"/> rows within <paramref name="range"/>, in order. Parts are each limited in their own
    /// subquery (a seek on their own index) and the union of those few rows sorted again: <c>UNION ALL</c> in one statement.
    /// A page chosen by key (<see cref="ShapedQuery{T}.RowsOf"/>) is that statement's keys, its rows read and sorted around it.
    /// </summary>
    private static IQueryable<T> Ordered<T>(ShapedQuery<T> filtered, Expression<Func<T, bool>>? range, IReadOnlyList<SortTerm<T>> order, int count)
    {
        IQueryable<T> Limited(IQueryable<T> part) => SortTranslator.Apply(range is null ? part : part.Where(filtered.Range(range)), order).Limit(count);
        var page = filtered.Parts is [var only]
            ? Limited(only)
            : SortTranslator.Apply(filtered.Parts.Select(Limited).Aggregate(Queryable.Concat), order).Limit(count);
        return filtered.RowsOf is { } rowsOf ? SortTranslator.Apply(rowsOf(page), order).Limit(count) : page;
    }

    private static Expression<Func<T, bool>> Both<T>(Expression<Func<T, bool>> first, Expression<Func<T, bool>> second) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(first.Body, ReplacingExpressionVisitor.Replace(second.Parameters[0], first.Parameters[0], second.Body)), first.Parameters);
}
