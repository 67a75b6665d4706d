using GraphQL.Types;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// <c>@cost(weight: String!)</c> of the IBM cost specification, as HotChocolate declares it: what a field (or the objects of a
/// type) adds to the cost every time a request selects it. A string so a weight may be fractional without a Float's rounding.
/// </summary>
public sealed class CostDirective : Directive
{
    public const string DirectiveName = "cost";
    public const string Weight = "weight";

    public CostDirective()
        : base(DirectiveName, DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.FieldDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.Object, DirectiveLocation.Scalar)
    {
        Description = "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. "
            + "Static analysis can use these weights when calculating the overall cost of a query or response.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = Weight,
            Description = "The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc.",
        });
    }
}
