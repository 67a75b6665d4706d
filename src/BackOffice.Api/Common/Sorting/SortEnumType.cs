using GraphQL.Types;

namespace BackOffice.Api.Common.Sorting;

/// <summary>HotChocolate's shared <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
    }
}
