using System.Linq.Expressions;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// The "rows after this cursor" predicate for a multi-column sort:
/// <c>a ≥ x AND ((a &gt; x) OR (a = x AND b &gt; y) OR (a = x AND b = y AND key &gt; k))</c>, with NULLs placed as both
/// SQLite and SQL Server sort them (first ascending, last descending). Each cursor value is one SQL parameter used in
/// every comparison, and the leading bound is a plain range on the first column: both let the database seek its index
/// to the cursor (page 200 costs what page 1 costs) instead of scanning from the top.
/// </summary>
public static class Keyset
{
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortTerm<T>> terms, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var members = terms.Select(t => t.Field.Access(row)).ToArray();
        var operands = members.Select((m, i) => values[i] is null ? null : FilterTranslator.Parameter(values[i], m.Type)).ToArray();
        Expression? any = null;
        for (var k = 0; k < terms.Count; k++)
        {
            var step = Beyond(terms[k], members[k], operands[k], values[k]);
            for (var i = k - 1; i >= 0; i--)
            {
                step = Expression.AndAlso(EqualTo(members[i], operands[i]), step);
            }

            any = any is null ? step : Expression.OrElse(any, step);
        }

        var predicate = any ?? Expression.Constant(true);
        if (operands[0] is { } first && !terms[0].Field.IsNullable && terms[0].Field.Kind != FieldKind.Enum)
        {
            predicate = Expression.AndAlso(Compare(terms[0].Field, members[0], first, terms[0].Direction == SortDirection.Asc, orEqual: true), predicate);
        }

        return Expression.Lambda<Func<T, bool>>(predicate, row);
    }

    private static Expression EqualTo(Expression member, Expression? operand) =>
        Expression.Equal(member, operand ?? Expression.Constant(null, member.Type));

    private static Expression Beyond<T>(SortTerm<T> term, Expression member, Expression? operand, object? value)
    {
        var ascending = term.Direction == SortDirection.Asc;
        if (operand is null)
        {
            // NULLs come first ascending (everything non-null is beyond) and last descending (nothing is).
            return ascending ? Expression.NotEqual(member, Expression.Constant(null, member.Type)) : Expression.Constant(false);
        }

        var beyond = term.Field.Kind == FieldKind.Enum
            ? EnumBeyond(term.Field, member, value!, ascending)
            : Compare(term.Field, member, operand, ascending, orEqual: false);
        return term.Field.IsNullable && !ascending
            ? Expression.OrElse(beyond, Expression.Equal(member, Expression.Constant(null, member.Type)))
            : beyond;
    }

    private static Expression Compare<T>(ListingField<T> field, Expression member, Expression operand, bool greater, bool orEqual)
    {
        if (field.Kind == FieldKind.String)
        {
            var compare = Expression.Call(typeof(string), nameof(string.Compare), null, member, operand);
            var zero = Expression.Constant(0);
            return (greater, orEqual) switch
            {
                (true, false) => Expression.GreaterThan(compare, zero),
                (true, true) => Expression.GreaterThanOrEqual(compare, zero),
                (false, false) => Expression.LessThan(compare, zero),
                _ => Expression.LessThanOrEqual(compare, zero),
            };
        }

        return (greater, orEqual) switch
        {
            (true, false) => Expression.GreaterThan(member, operand),
            (true, true) => Expression.GreaterThanOrEqual(member, operand),
            (false, false) => Expression.LessThan(member, operand),
            _ => Expression.LessThanOrEqual(member, operand),
        };
    }

    /// <summary>Enums are stored by name, so the database orders them by name: list the names beyond this one.</summary>
    private static Expression EnumBeyond<T>(ListingField<T> field, Expression member, object value, bool greater)
    {
        var type = Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
        var name = value.ToString()!;
        return Enum.GetValues(type).Cast<Enum>()
            .Where(v => greater ? string.CompareOrdinal(v.ToString(), name) > 0 : string.CompareOrdinal(v.ToString(), name) < 0)
            .Select(v => (Expression)Expression.Equal(member, Expression.Constant(v, member.Type)))
            .Aggregate((Expression?)null, (all, next) => all is null ? next : Expression.OrElse(all, next))
            ?? Expression.Constant(false);
    }
}
