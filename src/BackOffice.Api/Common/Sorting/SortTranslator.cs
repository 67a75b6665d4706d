using System.Linq.Expressions;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Listing;

namespace BackOffice.Api.Common.Sorting;

/// <summary>
/// Reads an <c>order</c> argument into sort terms and applies them with <c>OrderBy</c>/<c>ThenBy</c>. The entity's key
/// is always the last term, in the direction of the one before, so ties never reorder between pages and one
/// index (merchant, column, key) serves the whole scan.
/// </summary>
public static class SortTranslator
{
    public static IReadOnlyList<SortTerm<T>> Parse<T>(Listing<T> listing, object? order)
    {
        var terms = new List<SortTerm<T>>();
        foreach (var element in order as IEnumerable<object?> ?? [])
        {
            foreach (var (name, value) in element as IDictionary<string, object?> ?? new Dictionary<string, object?>())
            {
                if (value is SortDirection direction)
                {
                    terms.Add(new SortTerm<T>(listing[name], direction));
                }
            }
        }

        if (terms.Count == 0)
        {
            terms.AddRange(listing.DefaultOrder);
        }

        if (terms.Select(t => t.Field.Name).Distinct().Count() != terms.Count)
        {
            throw ArgumentError.Create(GraphQLErrorCodes.InvalidSort, "A field may appear only once in 'order'.");
        }

        terms.Add(new SortTerm<T>(listing.Key, terms.Count > 0 ? terms[^1].Direction : SortDirection.Asc));
        return terms;
    }

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortTerm<T>> terms)
    {
        var expression = query.Expression;
        for (var i = 0; i < terms.Count; i++)
        {
            var field = terms[i].Field;
            var method = (i == 0, terms[i].Direction) switch
            {
                (true, SortDirection.Asc) => field.OrderBy,
                (true, SortDirection.Desc) => field.OrderByDescending,
                (false, SortDirection.Asc) => field.ThenBy,
                _ => field.ThenByDescending,
            };
            expression = Expression.Call(method, expression, Expression.Quote(field.Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }
}
