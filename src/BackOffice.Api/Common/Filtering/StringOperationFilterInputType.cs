using GraphQL.Types;

namespace BackOffice.Api.Common.Filtering;

/// <summary>HotChocolate's <c>StringOperationFilterInput</c>: the only operation input that nests <c>and</c>/<c>or</c>.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        foreach (var name in new[] { "eq", "neq", "contains", "ncontains" })
        {
            Field<StringGraphType>(name);
        }

        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        foreach (var name in new[] { "startsWith", "nstartsWith", "endsWith", "nendsWith" })
        {
            Field<StringGraphType>(name);
        }
    }
}
