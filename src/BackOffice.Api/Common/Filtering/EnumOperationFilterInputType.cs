using GraphQL.Types;

namespace BackOffice.Api.Common.Filtering;

/// <summary>HotChocolate's <c>{Enum}OperationFilterInput</c>: equality and lists only.</summary>
public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType where TEnum : struct, Enum
{
    public EnumOperationFilterInputType()
    {
        Name = $"{typeof(TEnum).Name}OperationFilterInput";
        Field<EnumerationGraphType<TEnum>>("eq");
        Field<EnumerationGraphType<TEnum>>("neq");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin");
    }
}
