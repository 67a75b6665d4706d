using System.Security.Claims;
using BackOffice.Api.Common.Cost;
using BackOffice.Api.Security;
using GraphQL.Transport;

namespace BackOffice.Api.Common.Execution;

/// <summary>One GraphQL request as a transport hands it to <see cref="GraphQLRequestExecutor"/>: what was asked, by which key, where it runs.</summary>
public sealed record GraphQLCall
{
    public required GraphQLRequest Request { get; init; }

    /// <summary>The authenticated key the request acts for: its merchant and role.</summary>
    public required AuthenticatedKey Key { get; init; }

    /// <summary>The DI scope the request runs in (its database context, loaders and <see cref="Diagnostics.RequestContext"/>).</summary>
    public required IServiceProvider Services { get; init; }

    /// <summary>What carried the request, for telemetry: <see cref="GraphQLTransports"/>.</summary>
    public required string Transport { get; init; }

    /// <summary>Only queries may run (an HTTP GET must not change anything).</summary>
    public bool QueryOnly { get; init; }

    /// <summary>The key's rate-limit permit is already taken (HTTP's <see cref="RateLimitingMiddleware"/> takes it per request).</summary>
    public bool Admitted { get; init; }

    /// <summary>The request's cost is drawn from its key's cost budget (not so for the instance's own warm-up).</summary>
    public bool DrawsCostBudget { get; init; } = true;

    /// <summary>What the request's <c>GraphQL-Cost</c> header asked: report the price, or only validate and price.</summary>
    public CostMode CostMode { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>A resume point from outside the document (SSE's <c>Last-Event-ID</c>): <see cref="GraphQLUserContext.ResumeAfter"/>.</summary>
    public long? ResumeAfter { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>The transports a request arrives by, as telemetry names them.</summary>
public static class GraphQLTransports
{
    public const string Http = "http";

    /// <summary>One request of a batch (a JSON array of requests over HTTP).</summary>
    public const string HttpBatch = "http-batch";

    public const string GraphQLTransportWs = "graphql-transport-ws";

    /// <summary>The legacy graphql-ws sub-protocol (subscriptions-transport-ws).</summary>
    public const string GraphQLWs = "graphql-ws";

    /// <summary>GraphQL over Server-Sent Events (graphql-sse's distinct connections mode).</summary>
    public const string Sse = "graphql-sse";

    /// <summary>The instance's own warm-up before it reports ready.</summary>
    public const string Warmup = "warm-up";
}
