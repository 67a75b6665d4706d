using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// How the complexity analyzer prices a request, with the values its variables really hold (it runs after they are
/// parsed, on cached documents too). A field costs 1 and multiplies its children by the rows it returns: a connection
/// by its <c>first</c>/<c>last</c>, another list by 20. Two things cost more than their fields suggest:
/// <c>totalCount</c>, a scan of every matching row, costs <see cref="CountImpact"/>; and introspection lists multiply
/// by their real length in this schema, so an IDE's introspection query costs about the values it returns.
/// </summary>
public static class QueryCost
{
    /// <summary>Twenty counts fill the budget of 50,000: a dashboard shows a handful, 700 of them in one request is an attack.</summary>
    public const double CountImpact = 2_500;

    private static readonly ConditionalWeakTable<ISchema, IReadOnlyDictionary<string, double>> IntrospectionListLengths = [];
    private static readonly Func<FieldImpactContext, FieldComplexityResult> Default = new ComplexityOptions().DefaultComplexityImpactDelegate;

    public static ComplexityOptions Options(GraphQLLimits limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultComplexityImpactDelegate = Impact,
    };

    private static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var result = Default(context);
        var schema = context.ValidationContext.Schema;
        if (context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
            && IntrospectionListLengths.GetValue(schema, ListLengths).TryGetValue($"{context.ParentType.Name}.{context.FieldDefinition.Name}", out var length))
        {
            result.ChildImpactMultiplier = length;
        }

        return result;
    }

    /// <summary>Each introspection list's average length here: on <c>__Type</c> averaged over all types, as a client reads them all.</summary>
    private static IReadOnlyDictionary<string, double> ListLengths(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        double PerType(int total) => (double)total / Math.Max(1, types.Count);
        double PerDirective(int total) => (double)total / Math.Max(1, directives.Count);
        return new Dictionary<string, double>
        {
            ["__Schema.types"] = types.Count,
            ["__Schema.directives"] = directives.Count,
            ["__Type.fields"] = PerType(fields.Count),
            ["__Type.inputFields"] = PerType(types.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count)),
            ["__Type.enumValues"] = PerType(types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count)),
            ["__Type.interfaces"] = PerType(types.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count)),
            ["__Type.possibleTypes"] = PerType(types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count)),
            ["__Field.args"] = (double)fields.Sum(f => f.Arguments?.Count ?? 0) / Math.Max(1, fields.Count),
            ["__Directive.args"] = PerDirective(directives.Sum(d => d.Arguments?.Count ?? 0)),
            ["__Directive.locations"] = PerDirective(directives.Sum(d => d.Locations.Count)),
        };
    }
}
