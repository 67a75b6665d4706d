using BackOffice.Api.Common.Errors;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// Prices an operation as HotChocolate does, by the IBM cost specification: a field costs its <c>@cost</c> weight (a
/// composite field 1, a leaf 0 without one) plus what its selection costs, times the length of the list it returns; the type
/// cost counts the objects (1 each) the same way. A list's length is its <c>@listSize</c>: the largest slicing argument the
/// request passes, with its variables' real values, else the assumed size; for an introspection list, its real average length
/// in this schema, so an IDE's introspection query costs about what it returns. Same-named fields are priced once, with their
/// selections merged; an abstract type costs its most expensive possible type. Also measures the depth.
/// Runs after validation has coerced the variables, on a document validation has accepted.
/// </summary>
public sealed class CostAnalyzer(ValidationContext context)
{
    private readonly ISchema _schema = context.Schema;
    private readonly IDictionary<string, double> _introspectionLengths = IntrospectionListLengths.For(context.Schema);
    private readonly HashSet<string> _fragmentsEntered = [];

    public int Depth { get; private set; }

    /// <summary>A <c>@listSize(requireOneSlicingArgument: true)</c> field given none or several of its slicing arguments.</summary>
    public ValidationError? SlicingError { get; private set; }

    public CostMetrics Analyze()
    {
        var operation = context.Operation;
        IObjectGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => _schema.Mutation,
            OperationType.Subscription => _schema.Subscription,
            _ => _schema.Query,
        };
        if (root is null)
        {
            return new CostMetrics(0, 0);
        }

        var (fieldCost, typeCost) = SelectionCost(root, [operation.SelectionSet], null, null, depth: 1);
        return new CostMetrics(fieldCost, typeCost + TypeWeight(root));
    }

    private (double Field, double Type) SelectionCost(IGraphType type, IReadOnlyList<GraphQLSelectionSet> selectionSets,
        FieldType? parent, GraphQLField? parentNode, int depth)
    {
        IEnumerable<IObjectGraphType> possibleTypes = type switch
        {
            IObjectGraphType objectType => [objectType],
            IAbstractGraphType abstractType => abstractType.PossibleTypes,
            _ => [],
        };
        (double Field, double Type) most = (0, 0);
        foreach (var objectType in possibleTypes)
        {
            var fields = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
            foreach (var selectionSet in selectionSets)
            {
                Collect(objectType, selectionSet, fields);
            }

            (double Field, double Type) sum = (0, 0);
            foreach (var nodes in fields.Values)
            {
                var (fieldCost, typeCost) = FieldCost(objectType, nodes, parent, parentNode, depth);
                sum = (sum.Field + fieldCost, sum.Type + typeCost);
            }

            most = (Math.Max(most.Field, sum.Field), Math.Max(most.Type, sum.Type));
        }

        return most;
    }

    /// <summary>The fields a selection set asks of <paramref name="objectType"/>, by response name, fragments expanded, skipped ones left out.</summary>
    private void Collect(IObjectGraphType objectType, GraphQLSelectionSet selectionSet, Dictionary<string, List<GraphQLField>> fields)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!fields.TryGetValue(name, out var same))
                    {
                        fields[name] = same = [];
                    }

                    same.Add(field);
                    break;
                case GraphQLInlineFragment inline when Applies(inline.TypeCondition, objectType):
                    Collect(objectType, inline.SelectionSet, fields);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragmentName = spread.FragmentName.Name.StringValue;
                    if (context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
                        && Applies(fragment.TypeCondition, objectType) && _fragmentsEntered.Add(fragmentName))
                    {
                        Collect(objectType, fragment.SelectionSet, fields);
                        _fragmentsEntered.Remove(fragmentName); // validation forbids cycles; this only keeps a bug from looping
                    }

                    break;
            }
        }
    }

    private bool Applies(GraphQLTypeCondition? condition, IObjectGraphType objectType) =>
        condition is null || _schema.AllTypes[condition.Type.Name] switch
        {
            IObjectGraphType named => ReferenceEquals(named, objectType),
            IInterfaceGraphType @interface => objectType.ResolvedInterfaces.Contains(@interface),
            UnionGraphType union => union.PossibleTypes.Contains(objectType),
            _ => false,
        };

    private (double Field, double Type) FieldCost(IObjectGraphType parentType, List<GraphQLField> nodes, FieldType? parent, GraphQLField? parentNode, int depth)
    {
        var node = nodes[0];
        var field = Definition(parentType, node.Name.StringValue);
        if (field?.ResolvedType is not { } fieldType)
        {
            return (0, 0); // __typename
        }

        Depth = Math.Max(Depth, depth);
        var namedType = fieldType.GetNamedType();
        var composite = namedType is not ScalarGraphType; // objects, interfaces and unions; enums are scalars here
        var fieldCost = field.CostWeight() ?? (composite ? 1 : 0);
        var typeCost = composite ? TypeWeight(namedType) : 0;
        var selectionCost = 0.0;
        var listSize = field.ListSizeOf();
        CheckSlicing(field, listSize, node);
        var selectionSets = nodes.Select(n => n.SelectionSet).OfType<GraphQLSelectionSet>().ToList();
        if (composite && selectionSets.Count > 0)
        {
            var (childField, childType) = SelectionCost(namedType, selectionSets, field, node, depth + 1);
            selectionCost = childField;
            typeCost += childType;
        }

        if (IsList(fieldType))
        {
            var length = listSize is not null ? Length(listSize, node)
                : parent?.ListSizeOf() is { } parentSize && parentSize.SizedFields.Contains(field.Name) ? Length(parentSize, parentNode!)
                : parentType.Name.StartsWith("__", StringComparison.Ordinal) && _introspectionLengths.TryGetValue($"{parentType.Name}.{field.Name}", out var real) ? real
                : CostWeights.DefaultListSize;
            typeCost *= length;
            selectionCost *= length;
        }

        return (Math.Max(0, fieldCost + selectionCost), typeCost);
    }

    private FieldType? Definition(IObjectGraphType parentType, string name) => name switch
    {
        "__typename" => null,
        "__schema" when ReferenceEquals(parentType, _schema.Query) => _schema.SchemaMetaFieldType,
        "__type" when ReferenceEquals(parentType, _schema.Query) => _schema.TypeMetaFieldType,
        _ => parentType.GetField(name),
    };

    /// <summary>The largest slicing argument the field was given (a variable at its value), else the assumed size.</summary>
    private double Length(ListSize listSize, GraphQLField node)
    {
        var given = SlicingValues(listSize, node).ToList();
        return given.Count > 0 ? given.Max() : listSize.AssumedSize ?? CostWeights.DefaultListSize;
    }

    private IEnumerable<int> SlicingValues(ListSize listSize, GraphQLField node)
    {
        if (context.ArgumentValues?.TryGetValue(node, out var arguments) != true)
        {
            yield break;
        }

        foreach (var name in listSize.SlicingArguments)
        {
            if (arguments!.TryGetValue(name, out var argument) && argument.Value is int value)
            {
                yield return Math.Max(0, value);
            }
        }
    }

    private void CheckSlicing(FieldType field, ListSize? listSize, GraphQLField node)
    {
        if (SlicingError is null && listSize is { RequireOneSlicingArgument: true, SlicingArguments.Length: > 0 }
            && SlicingValues(listSize, node).Count() != 1)
        {
            SlicingError = new ValidationError(context.Document.Source, null,
                $"Exactly one slicing argument must be defined on {field.Name}: one of {string.Join(", ", listSize.SlicingArguments)}.", node)
            {
                Code = GraphQLErrorCodes.SlicingArgumentRequired,
            };
        }
    }

    private static double TypeWeight(IGraphType type) => type.CostWeight() ?? 1;

    private static bool IsList(IGraphType type) => type is ListGraphType || type is NonNullGraphType { ResolvedType: ListGraphType };
}
