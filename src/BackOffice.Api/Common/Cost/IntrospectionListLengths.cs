using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// Each introspection list's average length in this schema (on <c>__Type</c> averaged over all types, as a client reads them
/// all): the sizes <see cref="CostAnalyzer"/> multiplies introspection by, so an introspection query costs about the values it returns.
/// </summary>
public static class IntrospectionListLengths
{
    private static readonly ConditionalWeakTable<ISchema, IDictionary<string, double>> Lengths = [];

    public static IDictionary<string, double> For(ISchema schema) => Lengths.GetValue(schema, Measure);

    private static Dictionary<string, double> Measure(ISchema schema)
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
