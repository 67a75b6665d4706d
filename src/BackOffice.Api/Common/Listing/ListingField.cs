using System.Linq.Expressions;
using GraphQL.Types;

namespace BackOffice.Api.Common.Listing;

/// <summary>A column a listing can filter and sort on: its GraphQL name, the entity member, and its filter kind.</summary>
public sealed class ListingField<T>
{
    public ListingField(string name, LambdaExpression selector, FieldKind kind, Type operationFilterType)
    {
        Name = name;
        Selector = selector;
        Kind = kind;
        OperationFilterType = operationFilterType;
        ValueType = selector.ReturnType;
        Read = Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters).Compile();
    }

    public string Name { get; }

    /// <summary>The entity member, <c>o => o.CreatedAt</c>.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>The member's CLR type (nullable where the column is).</summary>
    public Type ValueType { get; }

    public FieldKind Kind { get; }

    /// <summary>The GraphQL input type of the field's filter, e.g. <c>StringOperationFilterInput</c>.</summary>
    public Type OperationFilterType { get; }

    public bool IsNullable => !ValueType.IsValueType || Nullable.GetUnderlyingType(ValueType) is not null;

    /// <summary>Reads the member from a loaded row, to write it into a cursor.</summary>
    public Func<T, object?> Read { get; }

    /// <summary>The selector applied to another parameter, for building predicates.</summary>
    public Expression Access(ParameterExpression row) =>
        new ParameterReplacer(Selector.Parameters[0], row).Visit(Selector.Body);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
