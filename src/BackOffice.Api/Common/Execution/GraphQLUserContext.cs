using BackOffice.Api.Common.Cost;
using GraphQL;

namespace BackOffice.Api.Common.Execution;

/// <summary>What the transport tells validation and resolvers about the request beyond the document.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    /// <summary>True for HTTP GET: only queries may run (GraphQL over HTTP: a GET must not change anything).</summary>
    public bool QueryOnly { get; init; }

    /// <summary>What the <c>GraphQL-Cost</c> header asked of the cost analysis.</summary>
    public CostMode CostMode { get; init; }

    /// <summary>The operation's price, once validation (or the document cache) has it.</summary>
    public CostMetrics? Cost { get; set; }

    /// <summary>Takes a priced operation's cost from its key's budget just before it runs; an error refuses it.</summary>
    public Func<CostMetrics, ExecutionError?>? AdmitCost { get; init; }

    /// <summary>
    /// A resume point the transport received outside the document (SSE's <c>Last-Event-ID</c>): subscriptions replay the
    /// events after it, as with their <c>after</c> argument, which wins when both are given.
    /// </summary>
    public long? ResumeAfter { get; init; }
}
