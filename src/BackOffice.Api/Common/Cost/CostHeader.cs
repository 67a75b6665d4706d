namespace BackOffice.Api.Common.Cost;

/// <summary>HotChocolate's <c>GraphQL-Cost</c> request header: <c>report</c> or <c>validate</c>.</summary>
public static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    /// <summary>The mode a header value asks for; null for a value HotChocolate does not know (the transport answers 400).</summary>
    public static CostMode? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => CostMode.Enforce,
        "report" => CostMode.Report,
        "validate" => CostMode.Validate,
        _ => null,
    };
}
