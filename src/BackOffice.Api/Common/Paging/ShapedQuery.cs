using System.Linq.Expressions;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// A filtered query and the parts its pages are read from: the query itself, or disjoint parts (one per value of a field the
/// filter lists) each read in order on an index of its own, whose pages <see cref="KeysetPager"/> merges in SQL.
/// </summary>
public sealed record ShapedQuery<T>(IQueryable<T> Whole, IReadOnlyList<IQueryable<T>> Parts)
{
    /// <summary>How a page's cursor range is written into the parts (as it is, unless the plan needs it hinted).</summary>
    public Func<Expression<Func<T, bool>>, Expression<Func<T, bool>>> Range { get; init; } = range => range;

    /// <summary>
    /// Null: the page is read as the parts select it. Otherwise the rows whose keys the page's query selects: the page is then
    /// chosen among index entries (sorted there, when the filter's index carries the sort's columns) and only its own rows
    /// are read from the table.
    /// </summary>
    public Func<IQueryable<T>, IQueryable<T>>? RowsOf { get; init; }

    public static ShapedQuery<T> Of(IQueryable<T> query) => new(query, [query]);
}
