using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL;
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
/// as its fields are built, in one loop, through each property's getter (compiled once per field), and holds
/// their serialized values itself: a page of 50 orders has 500 of them, which otherwise each took a node and a turn through
/// the executer (a resolve context, two async steps, result checks).
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
            plain.Read(fields, this);
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
    /// One field of a plain selection for one type: its response name (and its JSON, escaped and in UTF-8 once), and, when it
    /// reads a property, the scalar it reads and the property's getter (compiled once per field definition).
    /// </summary>
    public sealed record CollectedField(GraphQLField Field, FieldType Definition, string Name, ScalarGraphType? Reads, Func<object, object?>? Get)
    {
        public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);

        /// <summary>Per field definition (so once for every document that selects it): its property's getter, or null.</summary>
        private static readonly ConditionalWeakTable<FieldType, Func<object, object?>?> Getters = [];

        /// <summary>The field's property as a getter of the object, or null when it reads no property.</summary>
        public static Func<object, object?>? Getter(FieldType definition) => Getters.GetValue(definition, Compile);

        private static Func<object, object?>? Compile(FieldType definition)
        {
            if (MemberFields.Property(definition) is not { GetMethod: not null } property)
            {
                return null;
            }

            // The source is cast to the type the property was looked up on (the resolver's source type).
            var source = Expression.Parameter(typeof(object), "source");
            return Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(source, property.ReflectedType!), property), typeof(object)), source).Compile();
        }
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

        /// <summary>Per field of the selection: its serialized value, or the node that answers it.</summary>
        private object?[] _answers = [];

        /// <summary>Whether its fields were read here; else (its fields collected by GraphQL.NET) it is an ordinary object node.</summary>
        public bool HoldsValues => _fields.Length > 0;

        /// <summary>The selection's fields, in its order: each field's response name, and its node or else its value.</summary>
        public int Count => _fields.Length;

        public string NameAt(int index) => _fields[index].Name;

        public JsonEncodedText EncodedNameAt(int index) => _fields[index].EncodedName;

        public ExecutionNode? NodeAt(int index) => _answers[index] as ExecutionNode; // no scalar serializes to a node

        public object? ValueAt(int index) => _answers[index];

        internal void Read(CollectedField[] fields, PlainSelectionExecutionStrategy strategy)
        {
            _fields = fields;
            _answers = new object?[fields.Length];
            var subFields = 0;
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i] is { Get: { } get, Reads: { } reads } read && TryRead(read.Definition, get, reads, Result!, out var value))
                {
                    _answers[i] = value;
                }
                else
                {
                    _answers[i] = strategy.BuildExecutionNode(this, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
                    subFields++;
                }
            }

            var nodes = subFields == 0 ? [] : new ExecutionNode[subFields];
            for (int i = 0, n = 0; n < subFields; i++)
            {
                if (_answers[i] is ExecutionNode node)
                {
                    nodes[n++] = node;
                }
            }

            SubFields = nodes;
        }

        private static bool TryRead(FieldType definition, Func<object, object?> get, ScalarGraphType scalar, object source, out object? value)
        {
            try
            {
                value = scalar.Serialize(get(source));
                return value is not null || definition.ResolvedType is not NonNullGraphType; // the executer reports a null where none may be
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                value = null;
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
                fields.Add(_fields[i].Name, _answers[i] is ExecutionNode node ? node.ToValue() : _answers[i]);
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

                var reads = PropertyRead(field, definition);
                collected[i] = new CollectedField(
                    field, definition, (field.Alias?.Name ?? field.Name).StringValue, reads, reads is null ? null : CollectedField.Getter(definition));
            }

            Volatile.Write(ref _byType, [.. known, (type, collected)]);
            return collected;
        }
    }
}
