namespace BackOffice.Api.Common.Execution;

/// <summary>
/// The <c>GraphQL:Limits</c> configuration section: what one request may cost before it runs. Each limit answers with
/// its own error code, in milliseconds, whatever the transport.
/// </summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Fields of the operation with every fragment spread expanded (a dashboard query has under 100; the standard
    /// introspection query about 200).</summary>
    public int MaxFields { get; set; } = 2_048;

    /// <summary>Pairs of same-named fields in one selection set the field-merging rule must compare (a fragment-heavy page
    /// spreading <c>id</c> forty times into one selection set has 780).</summary>
    public int MaxFieldMerges { get; set; } = 5_000;

    /// <summary>Errors in one response; the rest are summed up in one last error.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Deepest query accepted: the standard introspection query is 13 levels; a real dashboard query is under 8.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Most field cost (<see cref="Cost.CostAnalyzer"/>, HotChocolate's <c>MaxFieldCost</c>) of one operation: a page of 100 orders
    /// with their operations costs 1,011, each <c>totalCount</c> 2,500 more, the standard introspection query 4,001.
    /// </summary>
    public double MaxFieldCost { get; set; } = 50_000;

    /// <summary>Most type cost (the objects an operation may return; HotChocolate's <c>MaxTypeCost</c>): a page of 100 orders with
    /// their operations is 2,102.</summary>
    public double MaxTypeCost { get; set; } = 50_000;
}
