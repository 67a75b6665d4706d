using System.Runtime.CompilerServices;
using GraphQL.Execution;
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
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }

    private FieldType? Definition(ISchema schema, IComplexGraphType type, GraphQLField field) => GetFieldDefinition(schema, type, field);

    /// <summary>A selection set's fields per parent type (one type unless the field is abstract).</summary>
    private sealed class Collected(GraphQLSelectionSet selectionSet, bool isPlain)
    {
        private (IComplexGraphType Type, (GraphQLField, FieldType)[]? Fields)[] _byType = [];

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
        public (GraphQLField, FieldType)[]? For(IComplexGraphType type, ISchema schema, PlainSelectionExecutionStrategy strategy)
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
            var collected = new (GraphQLField, FieldType)[selections.Count];
            for (var i = 0; i < selections.Count; i++)
            {
                var field = (GraphQLField)selections[i];
                if (strategy.Definition(schema, type, field) is not { } definition)
                {
                    return null;
                }

                collected[i] = (field, definition);
            }

            Volatile.Write(ref _byType, [.. known, (type, collected)]);
            return collected;
        }
    }
}
