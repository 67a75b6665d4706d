using GraphQL.Types;
using GraphQL.Utilities;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// HotChocolate's cost defaults where this schema sets none: every field of Query, Mutation and Subscription asks the database
/// (or writes to it), so it weighs <see cref="CostWeights.Resolver"/>. Applied as directives, so the SDL shows the weights used.
/// </summary>
public sealed class ResolverCostDefaults : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        var root = ReferenceEquals(type, schema.Query) || ReferenceEquals(type, schema.Mutation) || ReferenceEquals(type, schema.Subscription);
        if (root && field.CostWeight() is null)
        {
            field.ApplyCost(CostWeights.Resolver);
        }
    }
}
