using System.Linq.Expressions;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// The "rows after this cursor" predicate for a multi-column sort:
/// <c>(a &gt; x) OR (a = x AND b &gt; y) OR (a = x AND b = y AND key &gt; k)</c>, with NULLs placed as both
/// SQLite and SQL Server sort them (first ascending, last descending).
/// </summary>
public static class Keyset
{
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortTerm<T>> terms, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var k = 0; k < terms.Count; k++)
        {
            Expression step = Beyond(terms[k], terms[k].Field.Access(row), values[k]);
            for (var i = k - 1; i >= 0; i--)
            {
                step = Expression.AndAlso(EqualTo(terms[i].Field.Access(row), values[i]), step);
            }

            any = any is null ? step : Expression.OrElse(any, step);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    private static Expression EqualTo(Expression member, object? value) => value is null
        ? Expression.Equal(member, Expression.Constant(null, member.Type))
        : Expression.Equal(member, FilterTranslator.Parameter(value, member.Type));

    private static Expression Beyond<T>(SortTerm<T> term, Expression member, object? value)
    {
        var ascending = term.Direction == SortDirection.Asc;
        if (value is null)
        {
            // NULLs come first ascending (everything non-null is beyond) and last descending (nothing is).
            return ascending ? Expression.NotEqual(member, Expression.Constant(null, member.Type)) : Expression.Constant(false);
        }

        var beyond = Compare(term.Field, member, value, ascending);
        return term.Field.IsNullable && !ascending
            ? Expression.OrElse(beyond, Expression.Equal(member, Expression.Constant(null, member.Type)))
            : beyond;
    }

    private static Expression Compare<T>(ListingField<T> field, Expression member, object value, bool greater)
    {
        switch (field.Kind)
        {
            case FieldKind.String:
                var compare = Expression.Call(typeof(string), nameof(string.Compare), null, member, FilterTranslator.Parameter(value, typeof(string)));
                return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
            case FieldKind.Enum:
                // Enums are stored by name, so the database orders them by name: list the names beyond this one.
                var type = Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
                var name = value.ToString()!;
                var beyond = Enum.GetValues(type).Cast<Enum>()
                    .Where(v => greater ? string.CompareOrdinal(v.ToString(), name) > 0 : string.CompareOrdinal(v.ToString(), name) < 0)
                    .Select(v => (Expression)Expression.Equal(member, Expression.Constant(v, member.Type)))
                    .Aggregate((Expression?)null, (all, next) => all is null ? next : Expression.OrElse(all, next));
                return beyond ?? Expression.Constant(false);
            default:
                var operand = FilterTranslator.Parameter(value, member.Type);
                return greater ? Expression.GreaterThan(member, operand) : Expression.LessThan(member, operand);
        }
    }
}
