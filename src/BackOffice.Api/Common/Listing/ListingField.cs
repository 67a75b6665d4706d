using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace BackOffice.Api.Common.Listing;

/// <summary>A column a listing can filter and sort on: its GraphQL name, the entity member, and its filter kind.</summary>
public sealed class ListingField<T>
{
    private bool _repeats;

    public ListingField(string name, LambdaExpression selector, FieldKind kind, Type operationFilterType, bool ignoresCase = false)
    {
        Name = name;
        IgnoresCase = ignoresCase;
        Selector = selector;
        Kind = kind;
        OperationFilterType = operationFilterType;
        ValueType = selector.ReturnType;
        IsNullable = CanBeNull(selector);
        Read = Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters).Compile();
        OrderBy = SortMethod(nameof(Queryable.OrderBy));
        OrderByDescending = SortMethod(nameof(Queryable.OrderByDescending));
        ThenBy = SortMethod(nameof(Queryable.ThenBy));
        ThenByDescending = SortMethod(nameof(Queryable.ThenByDescending));
    }

    public string Name { get; }

    /// <summary>The entity member, <c>o => o.CreatedAt</c>.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>The member's CLR type (nullable where the column is).</summary>
    public Type ValueType { get; }

    public FieldKind Kind { get; }

    /// <summary>Free text: every string operation ignores case. Otherwise (identifiers, codes) every one is exact.</summary>
    public bool IgnoresCase { get; }

    /// <summary>The GraphQL input type of the field's filter, e.g. <c>StringOperationFilterInput</c>.</summary>
    public Type OperationFilterType { get; }

    /// <summary>Whether the column holds NULLs: a nullable value type, or a reference the entity declares nullable (<c>string?</c>).</summary>
    public bool IsNullable { get; }

    /// <summary>
    /// The field whose every value has an index of its own for this sort, <c>(merchant, that field, this column, key)</c>:
    /// a filter listing values of that field is read one value at a time, each in order on that index (PlanSteering).
    /// </summary>
    public ListingField<T>? SortedWithin { get; internal set; }

    /// <summary>
    /// On the key: the field whose order the keys follow, as rows are keyed when they are created (creation time): a range
    /// of that field lists its rows in about the key's order (PlanSteering).
    /// </summary>
    public ListingField<T>? Follows { get; internal set; }

    /// <summary>
    /// Whether many rows share each value — an enum, or a column declared so (<see cref="Listing{T}.Repeating"/>): a page
    /// after a cursor then seeks the cursor's own row within its value before reading the values beyond (Keyset.Ranges).
    /// </summary>
    public bool Repeats => Kind == FieldKind.Enum || _repeats;

    internal void DeclareRepeating() => _repeats = true;

    /// <summary>Reads the member from a loaded row, to write it into a cursor.</summary>
    public Func<T, object?> Read { get; }

    /// <summary><c>Queryable.OrderBy&lt;T, TValue&gt;</c> and its kin for this member, looked up once rather than per request.</summary>
    public MethodInfo OrderBy { get; }

    public MethodInfo OrderByDescending { get; }

    public MethodInfo ThenBy { get; }

    public MethodInfo ThenByDescending { get; }

    /// <summary>The selector applied to another parameter, for building predicates.</summary>
    public Expression Access(ParameterExpression row) =>
        new ParameterReplacer(Selector.Parameters[0], row).Visit(Selector.Body);

    private static bool CanBeNull(LambdaExpression selector) => selector.ReturnType.IsValueType
        ? Nullable.GetUnderlyingType(selector.ReturnType) is not null
        : selector.Body is not MemberExpression { Member: PropertyInfo property }
            || new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;

    private MethodInfo SortMethod(string name) => typeof(Queryable).GetMethods()
        .Single(m => m.Name == name && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(T), ValueType);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
