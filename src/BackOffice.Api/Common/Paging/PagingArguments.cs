using BackOffice.Api.Common.Errors;
using GraphQL;

namespace BackOffice.Api.Common.Paging;

/// <summary>Relay's <c>first/after/last/before</c>, checked against the page size limits.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    /// <summary>The page is read from the far end of the order: <c>last</c> without <c>first</c>.</summary>
    public bool Backward => Last is not null && First is null;

    /// <summary>The page starts at an end of the list, not at a cursor.</summary>
    public bool AtEnd => After is null && Before is null;

    public static PagingArguments From(IResolveFieldContext context)
    {
        var arguments = new PagingArguments(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        var coordinate = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
        foreach (var requested in new[] { arguments.First, arguments.Last })
        {
            if (requested < 0)
            {
                throw ArgumentError.Create(GraphQLErrorCodes.NegativePageSize,
                    "The requested number of values per page must be at least 0.",
                    ("fieldCoordinate", coordinate), ("requestedItems", requested));
            }

            if (requested > MaxPageSize)
            {
                throw ArgumentError.Create(GraphQLErrorCodes.MaxPageSizeExceeded,
                    "The maximum allowed items per page were exceeded.",
                    ("fieldCoordinate", coordinate), ("requestedItems", requested), ("maxAllowedItems", MaxPageSize));
            }
        }

        return arguments;
    }
}
