using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Execution;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Tests.Limits;

/// <summary>
/// <c>@listSize(requireOneSlicingArgument: true)</c>, which this API's own lists do not use (a connection without first or
/// last is the default page): exactly one slicing argument, by value, or <c>SLICING_ARGUMENT_REQUIRED</c>.
/// </summary>
public sealed class SlicingArgumentTests
{
    private static readonly ISchema Schema = Build();

    [Theory]
    [InlineData("{ items(first: 2) }", null)]
    [InlineData("{ items }", "SLICING_ARGUMENT_REQUIRED")]
    [InlineData("{ items(first: 2, last: 2) }", "SLICING_ARGUMENT_REQUIRED")]
    [InlineData("query($n: Int) { items(last: $n) }", null)]
    public async Task ExactlyOneSlicingArgumentIsRequired(string query, string? code)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.Variables = new Inputs(new Dictionary<string, object?> { ["n"] = 3 });
            options.ValidationRules = DocumentValidator.CoreRules.Append(new CostValidationRule(Options.Create(new GraphQLLimits())));
            options.UserContext = new GraphQLUserContext();
        });

        Assert.Equal(code, result.Errors?.FirstOrDefault()?.Code);
    }

    private static Schema Build()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<ListGraphType<StringGraphType>>("items")
            .Argument<IntGraphType>("first")
            .Argument<IntGraphType>("last")
            .WithListSize(slicingArguments: ["first", "last"])
            .Resolve(_ => new[] { "a" });
        var schema = new Schema { Query = query };
        schema.Directives.Register(new CostDirective(), new ListSizeDirective());
        return schema;
    }
}
