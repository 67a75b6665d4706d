using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using BackOffice.Api.Common.Execution;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Listing;

/// <summary>
/// Rows read with only the columns their selection uses: <c>orders { nodes { orderId amount } }</c> selects
/// those two columns, the key and the sort's, not all eighteen (each read from SQLite and converted — a date parsed, an enum
/// looked up — for every row of the page). A field says what it reads: a property field (<c>Field(o =&gt; o.Amount)</c>)
/// reads its property, a computed one declares its columns (<see cref="Reads{TSource, TReturn}"/>). Any other field, a
/// fragment or a directive in the selection loads whole rows, as before: a row is only ever partial where nothing but those
/// properties is read from it.
/// </summary>
public static class RowProjection
{
    private const string ReadsKey = "BackOffice.Reads";

    private static readonly ConditionalWeakTable<GraphQLField, Selected> BySelection = [];

    /// <summary>Declares the properties a computed field reads from its source (and nothing else of it).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params Expression<Func<TSource, object?>>[] members)
    {
        field.FieldType.Metadata[ReadsKey] = members.Select(m => Member(m.Body) ?? throw new ArgumentException($"{m} does not read a property.")).ToArray();
        return field;
    }

    /// <summary>
    /// Null (whole rows) unless every field the rows of this field select (a connection's nodes, a list's items) says what it
    /// reads; else a projection to a new <typeparamref name="T"/> holding those properties and <paramref name="always"/> (the
    /// key and the sort's, for cursors; the key rows are grouped by).
    /// </summary>
    public static Expression<Func<T, T>>? Of<T>(IResolveFieldContext context, LambdaExpression[] always)
    {
        var selected = BySelection.GetValue(context.FieldAst, field => Selected.Of(field, context.FieldDefinition.ResolvedType, typeof(T)));
        // Asked once per row of a page for a child list (an order's operations): a lookup, built on the first.
        return selected.Members is { } members
            ? (Expression<Func<T, T>>?)selected.Projections.GetOrAdd(new Selectors(always), static (key, members) => Build<T>(members, key.Items), members)
            : null;
    }

    private static LambdaExpression? Build<T>(PropertyInfo[] selected, LambdaExpression[] always)
    {
        var keys = always.Select(a => Member(a.Body)).ToList();
        // A sort on a computed value: its cursor may read anything of the row.
        return keys.Any(k => k is null) ? null : Holding<T>(selected.Union(keys.OfType<PropertyInfo>()));
    }

    /// <summary>A projection to a new <typeparamref name="T"/> holding only <paramref name="properties"/>; null when a row cannot be made so.</summary>
    public static Expression<Func<T, T>>? Holding<T>(IEnumerable<PropertyInfo> properties)
    {
        var constructor = typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        var held = properties.Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ToArray(); // the same SQL every run
        if (constructor is null || held.Any(p => p.SetMethod is null))
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var init = Expression.MemberInit(Expression.New(constructor), held.Select(p => Expression.Bind(p, Expression.Property(row, p))));
        return Expression.Lambda<Func<T, T>>(init, row);
    }

    /// <summary>The property <paramref name="body"/> reads of its row (through a conversion), or null when it computes something.</summary>
    public static PropertyInfo? Member(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => Member(convert.Operand),
        MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression } => property,
        _ => null,
    };

    /// <summary>What one field of a cached document selects of its rows; <see cref="Members"/> null when it cannot say.</summary>
    private sealed class Selected(PropertyInfo[]? members)
    {
        public PropertyInfo[]? Members => members;

        /// <summary>The projection for each sort (its columns join the selected ones), built once.</summary>
        public ConcurrentDictionary<Selectors, LambdaExpression?> Projections { get; } = new();

        /// <summary>A connection's rows are its nodes (and its edges' node); any other field's rows are its own selection.</summary>
        public static Selected Of(GraphQLField field, IGraphType? fieldType, Type rowType)
        {
            if (Unwrap(fieldType) is not IComplexGraphType type)
            {
                return new Selected(null);
            }

            var members = new HashSet<PropertyInfo>();
            bool Rows(IComplexGraphType rowGraphType, GraphQLSelectionSet? rows) => rows is not null && rows.Selections.All(s => s is GraphQLField { Directives: null } selected
                && (selected.Name.StringValue == "__typename" || Reads(rowGraphType.GetField(selected.Name.StringValue), rowType, members)));

            if (Unwrap(type.GetField("nodes")?.ResolvedType) is not IComplexGraphType nodeType)
            {
                return new Selected(Rows(type, field.SelectionSet) ? [.. members] : null);
            }

            foreach (var selection in field.SelectionSet?.Selections ?? [])
            {
                var read = selection is GraphQLField { Directives: null } connectionField && connectionField.Name.StringValue switch
                {
                    "nodes" => Rows(nodeType, connectionField.SelectionSet),
                    "edges" => connectionField.SelectionSet?.Selections.All(s => s is GraphQLField { Directives: null } edge
                        && (edge.Name.StringValue != "node" || Rows(nodeType, edge.SelectionSet))) == true,
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

            if (field is not null && MemberFields.Property(field, rowType) is { } property)
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

    /// <summary>The key's and a sort's selectors, compared by reference: they are the listings' own, built once.</summary>
    private readonly struct Selectors(LambdaExpression[] items) : IEquatable<Selectors>
    {
        public LambdaExpression[] Items => items;

        public bool Equals(Selectors other) => items.AsSpan().SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is Selectors other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var item in items)
            {
                hash.Add(RuntimeHelpers.GetHashCode(item));
            }

            return hash.ToHashCode();
        }
    }
}
