using BackOffice.Api.Common.Listing;
using GraphQL.Types;

namespace BackOffice.Api.Common.Filtering;

/// <summary>HotChocolate's <c>{Type}FilterInput</c>: <c>and</c>, <c>or</c>, then one operation input per field.</summary>
public abstract class FilterInputType<TSelf, T> : InputObjectGraphType
    where TSelf : FilterInputType<TSelf, T>
{
    protected FilterInputType(Listing<T> listing)
    {
        Name = $"{listing.TypeName}FilterInput";
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or");
        foreach (var field in listing.Fields)
        {
            Field(field.Name, field.OperationFilterType);
        }
    }
}
