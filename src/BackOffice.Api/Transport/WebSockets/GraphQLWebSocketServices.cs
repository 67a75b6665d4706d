using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Api.Telemetry;
using BackOffice.Api.Transport.Subscriptions;
using GraphQL;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>What every socket shares, whatever its sub-protocol: one instance for the process, not one per socket.</summary>
public sealed class GraphQLWebSocketServices(
    IGraphQLTextSerializer serializer, GraphQLRequestExecutor requests, ApiKeyAuthenticator authenticator, StreamLimiter limiter,
    SubscriptionAudiences audiences, SendDeadlines sendDeadlines, IOptions<GraphQLWebSocketOptions> options, GraphQLMetrics metrics, ILogger<GraphQLWebSocketServices> logger)
{
    public IGraphQLTextSerializer Serializer => serializer;

    public GraphQLRequestExecutor Requests => requests;

    public ApiKeyAuthenticator Authenticator => authenticator;

    public StreamLimiter Limiter => limiter;

    public SubscriptionAudiences Audiences => audiences;

    public SendDeadlines SendDeadlines => sendDeadlines;

    public GraphQLWebSocketOptions Options => options.Value;

    public GraphQLMetrics Metrics => metrics;

    public ILogger Logger => logger;
}
