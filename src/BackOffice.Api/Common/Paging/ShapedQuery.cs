namespace BackOffice.Api.Common.Paging;

/// <summary>
/// A filtered query and the parts its pages are read from: the query itself, or disjoint parts (one per value of a field the
/// filter lists) each read in order on an index of its own, whose pages <see cref="KeysetPager"/> merges in SQL.
/// </summary>
public sealed record ShapedQuery<T>(IQueryable<T> Whole, IReadOnlyList<IQueryable<T>> Parts)
{
    public static ShapedQuery<T> Of(IQueryable<T> query) => new(query, [query]);
}
