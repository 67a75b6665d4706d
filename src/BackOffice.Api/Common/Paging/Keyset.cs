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
        var (head, tail) = Ranges(terms, values); // both bodies use one parameter
        return tail is null
            ? head
            : Expression.Lambda<Func<T, bool>>(Expression.OrElse(head.Body, tail.Body), head.Parameters);
    }

    /// <summary>
    /// The rows after the cursor as index ranges to read in turn: one, or two when the first column is nullable and
    /// the rows beyond lie in two regions of its index. NULLs sort first ascending, so descending after a value the rest
    /// of the values is one range and every NULL another; ascending after a NULL the rest of the NULLs is one range and
    /// every value another. An enum (stored by name) leads with the rest of the cursor's value, then the values beyond it.
    /// A single predicate with an OR across both regions could not be bounded, and a deep page would walk the index from
    /// its top; two bounded reads seek straight to the cursor.
    /// </summary>
    public static (Expression<Func<T, bool>> Head, Expression<Func<T, bool>>? Tail) Ranges<T>(IReadOnlyList<SortTerm<T>> terms, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var members = terms.Select(t => t.Field.Access(row)).ToArray();
        var operands = members.Select((m, i) => values[i] is null ? null : FilterTranslator.Parameter(values[i], m.Type)).ToArray();
        // Step k: equal on terms from..k-1, beyond on term k. The key is always a term: never empty.
        Expression Step(int k, int from) => Enumerable.Range(from, k - from).Reverse()
            .Aggregate(Beyond(terms[k], members[k], operands[k], values[k]), (step, i) => Expression.AndAlso(EqualTo(members[i], operands[i]), step));
        Expression Rest(int from) => Enumerable.Range(from, terms.Count - from).Select(k => Step(k, from)).Aggregate(Expression.OrElse);
        var predicate = Rest(0);
        var lead = terms[0];
        var ascending = lead.Direction == SortDirection.Asc;
        Expression? tail = null;
        if (operands[0] is { } current && lead.Field.Kind == FieldKind.Enum)
        {
            // Stored by name, an enum has no range to seek: the rest of the cursor's own value is one range (X = c AND …),
            // and the values beyond it, a list SQLite reads in index order, the next.
            predicate = Expression.AndAlso(EqualTo(members[0], current), Rest(1));
            var beyond = Step(0, 0);
            tail = beyond is ConstantExpression { Value: false } ? null : beyond; // nothing beyond the last value
        }
        else if (operands[0] is { } first)
        {
            predicate = Expression.AndAlso(Compare(lead.Field, members[0], first, ascending, orEqual: true), predicate);
            if (lead.Field.IsNullable && !ascending)
            {
                tail = Expression.Equal(members[0], Expression.Constant(null, members[0].Type)); // every NULL comes after every value
            }
        }
        else if (operands[0] is null && lead.Field.IsNullable && ascending)
        {
            var nothing = Expression.Constant(null, members[0].Type);
            predicate = Expression.AndAlso(Expression.Equal(members[0], nothing), predicate);
            tail = Expression.NotEqual(members[0], nothing); // every value comes after every NULL
        }

        return (Expression.Lambda<Func<T, bool>>(predicate, row), tail is null ? null : Expression.Lambda<Func<T, bool>>(tail, row));
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
