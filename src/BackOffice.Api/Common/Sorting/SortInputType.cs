using BackOffice.Api.Common.Listing;
using GraphQL.Types;

namespace BackOffice.Api.Common.Sorting;

/// <summary>HotChocolate's <c>{Type}SortInput</c>: one <c>SortEnumType</c> field per sortable member.</summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    protected SortInputType(Listing<T> listing)
    {
        Name = $"{listing.TypeName}SortInput";
        foreach (var field in listing.Fields)
        {
            Field<SortEnumType>(field.Name);
        }
    }
}
