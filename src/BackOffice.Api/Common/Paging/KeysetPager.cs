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
        IQueryable<T> filtered, IReadOnlyList<SortTerm<T>> terms, PagingArguments arguments, CursorCodec cursors, CancellationToken cancellationToken)
    {
        var query = filtered;
        if (arguments.After is { } after)
        {
            query = query.Where(Keyset.After(terms, cursors.Decode(terms, after, "after")));
        }

        if (arguments.Before is { } before)
        {
            var reversed = terms.Select(t => t.Reversed()).ToList();
            query = query.Where(Keyset.After(reversed, cursors.Decode(terms, before, "before")));
        }

        List<T> rows;
        bool hasNext, hasPrevious;
        if (arguments.Last is { } last && arguments.First is null)
        {
            var reversed = terms.Select(t => t.Reversed()).ToList();
            rows = await SortTranslator.Apply(query, reversed).Take(last + 1).ToListAsync(cancellationToken);
            hasPrevious = rows.Count > last;
            rows = rows.Take(last).Reverse().ToList();
            hasNext = arguments.Before is not null;
        }
        else
        {
            var first = arguments.First ?? PagingArguments.DefaultPageSize;
            rows = await SortTranslator.Apply(query, terms).Take(first + 1).ToListAsync(cancellationToken);
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
        return new Page<T>(edges, pageInfo, filtered.CountAsync);
    }
}
