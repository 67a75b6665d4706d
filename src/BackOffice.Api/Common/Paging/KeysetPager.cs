using System.Linq.Expressions;
using BackOffice.Api.Common.Sorting;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// Runs one page of a sorted, filtered query as a keyset seek: <c>WHERE (sort values) beyond cursor ORDER BY … LIMIT n+1</c>.
/// Page 200 costs what page 1 costs. The extra row tells whether another page follows.
/// </summary>
public static class KeysetPager
{
    public static async Task<Page<T>> PageAsync<T>(
        ShapedQuery<T> filtered, IReadOnlyList<SortTerm<T>> terms, PagingArguments arguments, CursorCodec cursors, CancellationToken cancellationToken)
    {
        // One cursor: its rows are read range by range (Keyset.Ranges). Both: one predicate each, the rows between them.
        var bounds = new List<Expression<Func<T, bool>>>();
        Expression<Func<T, bool>>? tail = null;
        if (arguments is { After: { } after, Before: null })
        {
            (var head, tail) = Keyset.Ranges(terms, cursors.Decode(terms, after, "after"));
            bounds.Add(head);
        }
        else if (arguments.After is { } afterBoth)
        {
            bounds.Add(Keyset.After(terms, cursors.Decode(terms, afterBoth, "after")));
        }

        if (arguments.Before is { } before)
        {
            var reversed = terms.Select(t => t.Reversed()).ToList();
            var values = cursors.Decode(terms, before, "before");
            if (arguments.After is null)
            {
                (var head, tail) = Keyset.Ranges(reversed, values);
                bounds.Add(head);
            }
            else
            {
                bounds.Add(Keyset.After(reversed, values));
            }
        }

        List<T> rows;
        bool hasNext, hasPrevious;
        if (arguments.Last is { } last && arguments.First is null)
        {
            var reversed = terms.Select(t => t.Reversed()).ToList();
            rows = await ReadAsync(filtered, bounds, tail, reversed, last + 1, cancellationToken);
            hasPrevious = rows.Count > last;
            rows = rows.Take(last).Reverse().ToList();
            hasNext = arguments.Before is not null;
        }
        else
        {
            var first = arguments.First ?? PagingArguments.DefaultPageSize;
            rows = await ReadAsync(filtered, bounds, tail, terms, first + 1, cancellationToken);
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

    /// <summary>Up to <paramref name="count"/> rows in order: the cursor's range, then the next range while the page is not full.</summary>
    private static async Task<List<T>> ReadAsync<T>(
        ShapedQuery<T> filtered, List<Expression<Func<T, bool>>> bounds, Expression<Func<T, bool>>? tail, IReadOnlyList<SortTerm<T>> order, int count,
        CancellationToken cancellationToken)
    {
        var rows = await Ordered(filtered, bounds, order, count).ToListAsync(cancellationToken);
        if (tail is not null && rows.Count < count)
        {
            rows.AddRange(await Ordered(filtered, [tail], order, count - rows.Count).ToListAsync(cancellationToken));
        }

        return rows;
    }

    /// <summary>
    /// The first <paramref name="count"/> rows within <paramref name="bounds"/>, in order. Parts are each limited in their own
    /// subquery (a seek on their own index) and the union of those few rows sorted again: <c>UNION ALL</c> in one statement.
    /// </summary>
    private static IQueryable<T> Ordered<T>(ShapedQuery<T> filtered, IReadOnlyList<Expression<Func<T, bool>>> bounds, IReadOnlyList<SortTerm<T>> order, int count)
    {
        IQueryable<T> Limited(IQueryable<T> part) => SortTranslator.Apply(bounds.Aggregate(part, (query, bound) => query.Where(bound)), order).Take(count);
        return filtered.Parts is [var only]
            ? Limited(only)
            : SortTranslator.Apply(filtered.Parts.Select(Limited).Aggregate(Queryable.Concat), order).Take(count);
    }
}
