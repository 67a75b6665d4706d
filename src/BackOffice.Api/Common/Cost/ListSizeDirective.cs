using GraphQL.Types;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Cost;

/// <summary>
/// <c>@listSize</c> of the IBM cost specification, as HotChocolate declares it: how long the list a field returns is, either
/// fixed (<c>assumedSize</c>) or given by the request's slicing arguments (<c>first</c>, <c>last</c>), for the field itself or
/// for its <c>sizedFields</c> (a connection's <c>edges</c> and <c>nodes</c>).
/// </summary>
public sealed class ListSizeDirective : Directive
{
    public const string DirectiveName = "listSize";
    public const string AssumedSize = "assumedSize";
    public const string SlicingArguments = "slicingArguments";
    public const string SizedFields = "sizedFields";
    public const string RequireOneSlicingArgument = "requireOneSlicingArgument";

    public ListSizeDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists "
            + "(if that information is statically available), or to point the analysis to where to find that information.";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType>
            {
                Name = AssumedSize,
                Description = "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.",
            },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = SlicingArguments,
                Description = "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments.",
            },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = SizedFields,
                Description = "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields.",
            },
            new QueryArgument<NonNullGraphType<BooleanGraphType>>
            {
                Name = RequireOneSlicingArgument,
                DefaultValue = true,
                Description = "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.",
            });
    }
}
