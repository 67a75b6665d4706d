using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Api.Transport.Subscriptions;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>Accepts WebSocket upgrades on <c>/graphql</c> that offer graphql-transport-ws; other requests pass on.</summary>
public sealed class GraphQLWebSocketMiddleware(
    RequestDelegate next, IGraphQLTextSerializer serializer, GraphQLRequestExecutor requests, ApiKeyAuthenticator authenticator,
    StreamLimiter limiter, SubscriptionAudiences audiences, IOptions<GraphQLWebSocketOptions> options, ILogger<GraphQLWebSocketMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(MessageType.SubProtocol))
        {
            // As the graphql-ws reference server does: accept, then say why in the close frame.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCode.SubprotocolNotAcceptable,
                $"Subprotocol not acceptable; use {MessageType.SubProtocol}", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(MessageType.SubProtocol);
        await new GraphQLWebSocketConnection(context, socket, serializer, requests, authenticator, limiter, audiences, options.Value, logger).RunAsync();
    }
}
