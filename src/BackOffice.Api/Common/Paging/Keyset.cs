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
    /// <summary>Every row after the cursor, as one predicate.</summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortTerm<T>> terms, object?[] values)
    {
        var ranges = Ranges(terms, values); // every range uses one parameter
        return ranges.Count == 1
            ? ranges[0]
            : Expression.Lambda<Func<T, bool>>(ranges.Select(r => r.Body).Aggregate(Expression.OrElse), ranges[0].Parameters);
    }

    /// <summary>
    /// The rows after the cursor as index ranges to read in turn, each one the index can seek; a single predicate with an
    /// OR across them could not be bounded, and a deep page would walk the index from its top (or from the top of the
    /// cursor's value). Usually one range, <c>X ≤ c AND (…)</c>. More when the rows beyond lie apart in the index:
    /// <list type="bullet">
    /// <item>NULLs sort first ascending, so descending after a value every NULL is a range of its own, and ascending
    /// after a NULL the rest of the NULLs is one range and every value another;</item>
    /// <item>a column whose values repeat over many rows (<see cref="ListingField{T}.Repeats"/>; an enum, stored by name,
    /// has no range to compare either) reads the rest of the cursor's value first (<c>X = c AND key &lt; k</c>, a seek to
    /// the cursor's row), then the values beyond it.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<Expression<Func<T, bool>>> Ranges<T>(IReadOnlyList<SortTerm<T>> terms, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var members = terms.Select(t => t.Field.Access(row)).ToArray();
        var operands = members.Select((m, i) => values[i] is null ? null : FilterTranslator.Parameter(values[i], m.Type)).ToArray();
        // Step k: equal on terms from..k-1, beyond on term k; Rest(from): any step from there. The key is always a term.
        Expression Step(int k, int from) => Enumerable.Range(from, k - from).Reverse()
            .Aggregate(Beyond(terms[k], members[k], operands[k], values[k]), (step, i) => Expression.AndAlso(EqualTo(members[i], operands[i]), step));
        Expression Rest(int from) => Enumerable.Range(from, terms.Count - from).Select(k => Step(k, from)).Aggregate(Expression.OrElse);

        var lead = terms[0];
        var ascending = lead.Direction == SortDirection.Asc;
        Expression Null() => Expression.Constant(null, members[0].Type); // only for a nullable column
        List<Expression> ranges;
        if (operands[0] is { } current && lead.Field.Repeats)
        {
            var beyond = Beyond(lead, members[0], current, values[0]); // the other values (and NULLs, descending)
            ranges = [Expression.AndAlso(EqualTo(members[0], current), Rest(1)), .. beyond is ConstantExpression { Value: false } ? [] : new[] { beyond }];
        }
        else if (operands[0] is { } first)
        {
            ranges = [Expression.AndAlso(Compare(lead.Field, members[0], first, ascending, orEqual: true), Rest(0))];
            if (lead.Field.IsNullable && !ascending)
            {
                ranges.Add(Expression.Equal(members[0], Null())); // every NULL comes after every value
            }
        }
        else if (lead.Field.IsNullable && ascending)
        {
            ranges = [Expression.AndAlso(Expression.Equal(members[0], Null()), Rest(0)), Expression.NotEqual(members[0], Null())];
        }
        else
        {
            ranges = [Rest(0)];
        }

        return ranges.ConvertAll(range => Expression.Lambda<Func<T, bool>>(range, row));
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
