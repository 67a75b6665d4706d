using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
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
/// <para>
/// An object of such a selection (<see cref="PlainObjectNode"/>) reads its property fields (<c>Field(o =&gt; o.Amount)</c>)
/// as its fields are built, in one loop, and holds their serialized values itself: a page of 50 orders has 500 of them,
/// which otherwise each took a node and a turn through the executer (a resolve context, two async steps, result checks).
/// Only its other fields are nodes the executer runs. A value the loop cannot finish (a null for a non-null field, a
/// value its scalar refuses, an exception) becomes a node too, which the executer runs and reports as it always does;
/// the getter running twice then is harmless, since it only reads a property.
/// </para>
/// </summary>
public sealed class PlainSelectionExecutionStrategy : SerialExecutionStrategy
{
    private static readonly ConditionalWeakTable<GraphQLSelectionSet, Collected> Plain = [];

    protected override ExecutionNode BuildExecutionNode(
        ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type is IObjectGraphType && field.SelectionSet is { } selectionSet && Plain.GetValue(selectionSet, Collected.Of).IsPlain
            ? new PlainObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var selectionSet = parent.SelectionSet;
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (selectionSet is null || parentType is not IComplexGraphType type
            || Plain.GetValue(selectionSet, Collected.Of) is not { IsPlain: true } collected
            || collected.For(type, context.Schema, this) is not { } fields)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        if (parent is PlainObjectNode plain)
        {
            plain.Read(context, fields, this);
            return;
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            subFields[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        }

        parent.SubFields = subFields;
    }

    private FieldType? Definition(ISchema schema, IComplexGraphType type, GraphQLField field) => GetFieldDefinition(schema, type, field);

    /// <summary>
    /// The scalar a field resolves when its resolver reads a property of the object and nothing else (GraphQL.NET's
    /// expression resolver over a plain member access, which needs no resolve-context accessor), else null. Fields with
    /// arguments, sub-selections or any other resolver (a middleware's wrapper, a loader, a computed value) are nodes.
    /// </summary>
    private static ScalarGraphType? PropertyRead(GraphQLField field, FieldType definition)
    {
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        return type is ScalarGraphType scalar && field.Arguments is null && field.SelectionSet is null && MemberFields.ReadsAMember(definition)
            ? scalar
            : null;
    }

    /// <summary>
    /// One field of a plain selection for one type: its response name (and its JSON, escaped and in UTF-8 once), and the
    /// scalar it reads when it reads a property.
    /// </summary>
    public sealed record CollectedField(GraphQLField Field, FieldType Definition, string Name, ScalarGraphType? Reads)
    {
        public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);
    }

    /// <summary>
    /// An object of a plain selection: the serialized values of the property fields it read, and nodes for its other
    /// fields (<see cref="ObjectExecutionNode.SubFields"/> holds only those, so the executer runs only those). Its
    /// answer keeps the selection's order (<see cref="ToValue"/>, <see cref="ExecutionResultWriter"/>).
    /// </summary>
    public sealed class PlainObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
        : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
    {
        private CollectedField[] _fields = [];

        /// <summary>Per field of the selection: its node, or null when its value is in <see cref="_values"/>.</summary>
        private ExecutionNode?[] _nodes = [];

        private object?[] _values = [];

        /// <summary>Whether its fields were read here; else (its fields collected by GraphQL.NET) it is an ordinary object node.</summary>
        public bool HoldsValues => _fields.Length > 0;

        /// <summary>The selection's fields, in its order: each field's response name, and its node or else its value.</summary>
        public int Count => _fields.Length;

        public string NameAt(int index) => _fields[index].Name;

        public JsonEncodedText EncodedNameAt(int index) => _fields[index].EncodedName;

        public ExecutionNode? NodeAt(int index) => _nodes[index];

        public object? ValueAt(int index) => _values[index];

        internal void Read(ExecutionContext context, CollectedField[] fields, PlainSelectionExecutionStrategy strategy)
        {
            _fields = fields;
            _nodes = new ExecutionNode?[fields.Length];
            _values = new object?[fields.Length];
            var subFields = 0;
            IResolveFieldContext? source = null;
            for (var i = 0; i < fields.Length; i++)
            {
                var (field, definition, _, reads) = fields[i];
                // One context for the object's property reads, bound to a node of this object: such a resolver reads nothing of it but the source.
                if (reads is not null && TryRead(definition, reads, source ??= new ReadonlyResolveFieldContext(new ValueExecutionNode(this, reads, field, definition, null), context), out var value))
                {
                    _values[i] = value;
                }
                else
                {
                    _nodes[i] = strategy.BuildExecutionNode(this, definition.ResolvedType!, field, definition);
                    subFields++;
                }
            }

            var nodes = new ExecutionNode[subFields];
            for (int i = 0, n = 0; i < fields.Length; i++)
            {
                if (_nodes[i] is { } node)
                {
                    nodes[n++] = node;
                }
            }

            SubFields = nodes;
        }

        private static bool TryRead(FieldType definition, ScalarGraphType scalar, IResolveFieldContext source, out object? value)
        {
            value = null;
            try
            {
                var read = definition.Resolver!.ResolveAsync(source);
                if (!read.IsCompletedSuccessfully || read.Result is IDataLoaderResult)
                {
                    return false;
                }

                value = scalar.Serialize(read.Result);
                return value is not null || definition.ResolvedType is not NonNullGraphType; // the executer reports a null where none may be
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false; // the executer runs the field again and reports what fails as its error
            }
        }

        public override object? ToValue()
        {
            if (SubFields is null || !HoldsValues)
            {
                return base.ToValue();
            }

            var fields = new Dictionary<string, object?>(_fields.Length);
            for (var i = 0; i < _fields.Length; i++)
            {
                fields.Add(_fields[i].Name, _nodes[i] is { } node ? node.ToValue() : _values[i]);
            }

            return fields;
        }
    }

    /// <summary>A selection set's fields per parent type (one type unless the field is abstract).</summary>
    private sealed class Collected(GraphQLSelectionSet selectionSet, bool isPlain)
    {
        private (IComplexGraphType Type, CollectedField[]? Fields)[] _byType = [];

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
        public CollectedField[]? For(IComplexGraphType type, ISchema schema, PlainSelectionExecutionStrategy strategy)
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
            var collected = new CollectedField[selections.Count];
            for (var i = 0; i < selections.Count; i++)
            {
                var field = (GraphQLField)selections[i];
                if (strategy.Definition(schema, type, field) is not { } definition)
                {
                    return null;
                }

                collected[i] = new CollectedField(field, definition, (field.Alias?.Name ?? field.Name).StringValue, PropertyRead(field, definition));
            }

            Volatile.Write(ref _byType, [.. known, (type, collected)]);
            return collected;
        }
    }
}
