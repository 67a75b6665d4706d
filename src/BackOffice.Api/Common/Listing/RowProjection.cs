using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Listing;

/// <summary>
/// A connection's rows read with only the columns its selection uses: <c>orders { nodes { orderId amount } }</c> selects
/// those two columns, the key and the sort's, not all eighteen (each read from SQLite and converted — a date parsed, an enum
/// looked up — for every row of the page). A field says what it reads: a property field (<c>Field(o =&gt; o.Amount)</c>)
/// reads its property, a computed one declares its columns (<see cref="Reads{TSource, TReturn}"/>). Any other field, a
/// fragment or a directive in the selection loads whole rows, as before: a row is only ever partial where nothing but those
/// properties is read from it.
/// </summary>
public static class RowProjection
{
    private const string ReadsKey = "BackOffice.Reads";

    /// <summary>GraphQL.NET's metadata on a field built from a member expression: the member's name.</summary>
    private const string PropertyNameKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    private static readonly ConditionalWeakTable<GraphQLField, Selected> BySelection = [];

    /// <summary>Declares the properties a computed field reads from its source (and nothing else of it).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params Expression<Func<TSource, object?>>[] members)
    {
        field.FieldType.Metadata[ReadsKey] = members.Select(m => Member(m.Body) ?? throw new ArgumentException($"{m} does not read a property.")).ToArray();
        return field;
    }

    /// <summary>
    /// Null (whole rows) unless every field the connection's nodes select says what it reads; else a projection to a new
    /// <typeparamref name="T"/> holding those properties and <paramref name="always"/> (the key and the sort's, for cursors).
    /// </summary>
    public static Expression<Func<T, T>>? Of<T>(IResolveFieldContext context, IEnumerable<LambdaExpression> always)
    {
        var selected = BySelection.GetValue(context.FieldAst, field => Selected.Of(field, context.FieldDefinition.ResolvedType, typeof(T)));
        if (selected.Members is not { } members)
        {
            return null;
        }

        var all = members.Union(always.Select(a => Member(a.Body)!)).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        return (Expression<Func<T, T>>?)selected.Projections.GetOrAdd(string.Join(',', all.Select(p => p.Name)), _ => Build<T>(all));
    }

    private static LambdaExpression? Build<T>(PropertyInfo[] properties)
    {
        var constructor = typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        if (constructor is null || properties.Any(p => p.SetMethod is null))
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var init = Expression.MemberInit(Expression.New(constructor), properties.Select(p => Expression.Bind(p, Expression.Property(row, p))));
        return Expression.Lambda<Func<T, T>>(init, row);
    }

    /// <summary>
    /// The property of <paramref name="rowType"/> a field answers, when it is built from a member access
    /// (<c>Field(o =&gt; o.Amount)</c>: GraphQL.NET's expression resolver, needing no resolve context, names the member in the
    /// field's metadata); else null.
    /// </summary>
    public static PropertyInfo? PropertyRead(FieldType field, Type rowType) =>
        field.Resolver is IRequiresResolveFieldContextAccessor { RequiresResolveFieldContextAccessor: false } resolver
        && resolver.GetType() is { IsGenericType: true } resolverType && resolverType.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>)
        && resolverType.GetGenericArguments()[0] == rowType
        && field.GetMetadata<string>(PropertyNameKey) is { } name
            ? rowType.GetProperty(name)
            : null;

    private static PropertyInfo? Member(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => Member(convert.Operand),
        MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression } => property,
        _ => null,
    };

    /// <summary>What one connection field of a cached document selects of its rows; <see cref="Members"/> null when it cannot say.</summary>
    private sealed class Selected(PropertyInfo[]? members)
    {
        public PropertyInfo[]? Members => members;

        /// <summary>The projection for each set of properties (the selected ones plus a sort's), built once.</summary>
        public ConcurrentDictionary<string, LambdaExpression?> Projections { get; } = new(StringComparer.Ordinal);

        public static Selected Of(GraphQLField connection, IGraphType? connectionType, Type rowType)
        {
            if (Unwrap(connectionType) is not IComplexGraphType type || Unwrap(type.GetField("nodes")?.ResolvedType) is not IComplexGraphType nodeType)
            {
                return new Selected(null);
            }

            var members = new HashSet<PropertyInfo>();
            bool Nodes(GraphQLSelectionSet? nodes) => nodes is not null && nodes.Selections.All(s => s is GraphQLField { Directives: null } field
                && (field.Name.StringValue == "__typename" || Reads(nodeType.GetField(field.Name.StringValue), rowType, members)));

            foreach (var selection in connection.SelectionSet?.Selections ?? [])
            {
                var read = selection is GraphQLField { Directives: null } field && field.Name.StringValue switch
                {
                    "nodes" => Nodes(field.SelectionSet),
                    "edges" => field.SelectionSet?.Selections.All(s => s is GraphQLField { Directives: null } edge
                        && (edge.Name.StringValue != "node" || Nodes(edge.SelectionSet))) == true,
                    _ => true, // pageInfo, totalCount, __typename: no column of a row
                };
                if (!read)
                {
                    return new Selected(null);
                }
            }

            return new Selected([.. members]);
        }

        /// <summary>Adds what the field reads of a row; false when it cannot say (a resolver that may read anything).</summary>
        private static bool Reads(FieldType? field, Type rowType, HashSet<PropertyInfo> members)
        {
            if (field?.GetMetadata<PropertyInfo[]>(ReadsKey) is { } declared)
            {
                members.UnionWith(declared);
                return true;
            }

            if (field is not null && PropertyRead(field, rowType) is { } property)
            {
                members.Add(property);
                return true;
            }

            return false;
        }

        private static IGraphType? Unwrap(IGraphType? type) => type switch
        {
            NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
            ListGraphType list => Unwrap(list.ResolvedType),
            _ => type,
        };
    }
}
