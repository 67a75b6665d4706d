using BackOffice.Api.Common.Caching;
using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Common.Sorting;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Common.Listing;

public static class ConnectionFieldExtensions
{
    private static readonly HashSet<string> PagingAndSorting = ["first", "after", "last", "before", "order"];

    /// <summary>
    /// Adds a HotChocolate-style paged field: <c>first, after, last, before, where, order</c> in that order, resolved
    /// as filter → sort → keyset page over <paramref name="source"/>, all in SQL.
    /// </summary>
    public static FieldBuilder<object?, Page<T>> Connection<TConnectionType, TFilterType, TSortType, T>(
        this ObjectGraphType type, string name, Listing<T> listing, Func<IResolveFieldContext, IQueryable<T>> source,
        Action<FieldBuilder<object?, Page<T>>>? leadingArguments = null, bool keepCounts = false)
        where TConnectionType : IGraphType
        where TFilterType : IGraphType
        where TSortType : IGraphType
    {
        var field = type.Field<TConnectionType, Page<T>>(name);
        leadingArguments?.Invoke(field);
        return field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .Argument<TFilterType>("where")
            .Argument<ListGraphType<NonNullGraphType<TSortType>>>("order")
            // Without first or last a page holds the default size: priced by what it returns, never by the maximum.
            .WithListSize(assumedSize: PagingArguments.DefaultPageSize, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"],
                requireOneSlicingArgument: false)
            .ResolveAsync(async context =>
            {
                var paging = PagingArguments.From(context);
                var terms = SortTranslator.Parse(listing, context.GetArgument<object?>("order"));
                var db = context.Db();
                var rows = source(context);
                var filter = FilterTranslator.Translate(listing, context.GetArgument<object?>("where"), context.Service<FilterBudget>(), StringMatching.For(db));
                var arguments = context.Arguments;
                var shaped = await context.Service<PlanSteering>().FilterAsync(db, rows, filter, terms, paging, listing.Key, () => CountKey(name, arguments), context.CancellationToken);

                var projection = RowProjection.Of<T>(context, [.. terms.Select(t => t.Field.Selector), listing.Key.Selector]);
                var page = await KeysetPager.PageAsync(shaped, terms, paging, context.Service<CursorCodec>(), context.CancellationToken, projection);
                if (!keepCounts)
                {
                    return page;
                }

                // Taken now: GraphQL.NET reuses the resolve context once this resolver returns, and totalCount resolves later.
                var answers = context.Service<MerchantDataCache>();
                var query = filter is null ? rows : rows.Where(filter);
                return page with { CountAsync = token => answers.GetAsync(db, CountKey(name, arguments), t => query.CountAsync(t), _ => 1, token) };
            });
    }

    /// <summary>What decides a connection's count: the field and every argument but paging and sorting.</summary>
    private static string CountKey(string field, IDictionary<string, ArgumentValue>? arguments) =>
        MerchantDataCache.KeyOf(field, arguments, PagingAndSorting);
}
