namespace BackOffice.Api.Common.Cost;

/// <summary>What a request asks of the cost analysis, by HotChocolate's <c>GraphQL-Cost</c> request header.</summary>
public enum CostMode
{
    /// <summary>No header: the limits apply, nothing is reported.</summary>
    Enforce,

    /// <summary><c>GraphQL-Cost: report</c>: execute under the limits and answer <c>extensions.operationCost</c>.</summary>
    Report,

    /// <summary><c>GraphQL-Cost: validate</c>: validate and price, answer <c>extensions.operationCost</c>, never execute (nor enforce the limits).</summary>
    Validate,
}
