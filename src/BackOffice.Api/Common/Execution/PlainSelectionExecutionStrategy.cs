using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// GraphQL.NET's serial strategy, with the fields of a plain selection set collected once instead of once per object:
/// a page of 50 orders collected the same ten fields 50 times per request. A plain selection set (fields only, no
/// fragment, no directive, no response name twice) always collects to the same fields for the same type, so the
/// result is kept on the parsed document's node, which the document cache reuses across requests. Anything else is
/// collected as GraphQL.NET always does (directives depend on variables, merged fields on the request).
/// <para>
/// The scalar fields of such a selection that read a property of their object (<c>Field(o =&gt; o.Amount)</c>) are
/// resolved and serialized as the object's fields are built, in one loop, instead of each taking its own turn through
/// the executer (a resolve context, two async steps, a result check): a page of 50 orders has 500 of them. A value the
/// loop cannot finish (a null for a non-null field, a value its scalar refuses, an exception) is left to the executer,
/// which reports it as it always does; the getter running twice then is harmless, since it only reads a property.
/// </para>
/// </summary>
public sealed class PlainSelectionExecutionStrategy : SerialExecutionStrategy
{
    private static readonly ConditionalWeakTable<GraphQLSelectionSet, Collected> Plain = [];

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var selectionSet = parent.SelectionSet;
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (selectionSet is null || parentType is not IComplexGraphType type
            || Plain.GetValue(selectionSet, Collected.Of) is not { IsPlain: true } collected)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var fields = collected.For(type, context.Schema, this);
        if (fields is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var subFields = new ExecutionNode[fields.Length];
        ReadonlyResolveFieldContext? source = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition, reads) = fields[i];
            if (reads is not null)
            {
                var leaf = new PropertyLeafNode(parent, reads, field, definition);
                // One context for the object's property reads: such a resolver reads nothing of it but the source.
                leaf.TryResolve(source ??= new ReadonlyResolveFieldContext(leaf, context));
                subFields[i] = leaf;
            }
            else
            {
                subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
            }
        }

        parent.SubFields = subFields;
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        node is PropertyLeafNode { Resolved: true } ? Task.CompletedTask : base.ExecuteNodeAsync(context, node);

    /// <summary>
    /// The scalar a field resolves when its resolver reads a property of the object and nothing else (GraphQL.NET's
    /// expression resolver over a plain member access, which needs no resolve-context accessor), else null. Fields with
    /// arguments, sub-selections or any other resolver (a middleware's wrapper, a loader, a computed value) take the
    /// executer's way.
    /// </summary>
    private static ScalarGraphType? PropertyRead(GraphQLField field, FieldType definition)
    {
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        return type is ScalarGraphType scalar && field.Arguments is null && field.SelectionSet is null
            && definition.Resolver is IRequiresResolveFieldContextAccessor { RequiresResolveFieldContextAccessor: false } resolver
            && resolver.GetType() is { IsGenericType: true } resolverType
            && resolverType.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>)
                ? scalar
                : null;
    }

    /// <summary>A scalar field whose value is read and serialized when its object's fields are built.</summary>
    private sealed class PropertyLeafNode(ExecutionNode parent, ScalarGraphType graphType, GraphQLField field, FieldType definition)
        : ValueExecutionNode(parent, graphType, field, definition, null)
    {
        /// <summary>The value is in <see cref="ExecutionNode.Result"/>; the executer has nothing left to do here.</summary>
        public bool Resolved { get; private set; }

        public void TryResolve(IResolveFieldContext context)
        {
            try
            {
                var read = FieldDefinition.Resolver!.ResolveAsync(context);
                if (!read.IsCompletedSuccessfully || read.Result is IDataLoaderResult)
                {
                    return;
                }

                var value = GraphType.Serialize(read.Result);
                if (value is null && FieldDefinition.ResolvedType is NonNullGraphType)
                {
                    return; // the executer reports the null as its error, at this field's path
                }

                Result = value;
                Resolved = true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // the executer runs the field again and reports what fails as its error
            }
        }
    }

    private FieldType? Definition(ISchema schema, IComplexGraphType type, GraphQLField field) => GetFieldDefinition(schema, type, field);

    /// <summary>A selection set's fields per parent type (one type unless the field is abstract), with the scalar of each that reads a property.</summary>
    private sealed class Collected(GraphQLSelectionSet selectionSet, bool isPlain)
    {
        private (IComplexGraphType Type, (GraphQLField, FieldType, ScalarGraphType?)[]? Fields)[] _byType = [];

        public bool IsPlain => isPlain;

        public static Collected Of(GraphQLSelectionSet selectionSet)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selection in selectionSet.Selections)
            {
                if (selection is not GraphQLField { Directives: null } field || !names.Add((field.Alias?.Name ?? field.Name).StringValue))
                {
                    return new Collected(selectionSet, false);
                }
            }

            return new Collected(selectionSet, true);
        }

        /// <summary>Null when a field is not on the type (the executer's own collection reports that).</summary>
        public (GraphQLField Field, FieldType Definition, ScalarGraphType? Reads)[]? For(IComplexGraphType type, ISchema schema, PlainSelectionExecutionStrategy strategy)
        {
            var known = Volatile.Read(ref _byType);
            foreach (var (knownType, fields) in known)
            {
                if (ReferenceEquals(knownType, type))
                {
                    return fields;
                }
            }

            var selections = selectionSet.Selections;
            var collected = new (GraphQLField, FieldType, ScalarGraphType?)[selections.Count];
            for (var i = 0; i < selections.Count; i++)
            {
                var field = (GraphQLField)selections[i];
                if (strategy.Definition(schema, type, field) is not { } definition)
                {
                    return null;
                }

                collected[i] = (field, definition, PropertyRead(field, definition));
            }

            Volatile.Write(ref _byType, [.. known, (type, collected)]);
            return collected;
        }
    }
}
