using BackOffice.Api.Transport.WebSockets.GraphQLTransportWs;
using BackOffice.Api.Transport.WebSockets.SubscriptionsTransportWs;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades on <c>/graphql</c> that offer graphql-transport-ws or the legacy graphql-ws (the first the client
/// lists, as a client's preference); other requests pass on.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(RequestDelegate next, GraphQLWebSocketServices services)
{
    private const string Offered = $"{GraphQLTransportWs.MessageType.SubProtocol} or {SubscriptionsTransportWs.MessageType.SubProtocol}";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        var protocol = context.WebSockets.WebSocketRequestedProtocols.FirstOrDefault(
            p => p is GraphQLTransportWs.MessageType.SubProtocol or SubscriptionsTransportWs.MessageType.SubProtocol);
        if (protocol is null)
        {
            // As the graphql-ws reference server does: accept, then say why in the close frame.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCode.SubprotocolNotAcceptable,
                $"Subprotocol not acceptable; use {Offered}", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
        var connection = new WebSocketConnection(context, socket, services);
        SubscriptionServer server = protocol == GraphQLTransportWs.MessageType.SubProtocol
            ? new GraphQLTransportWsServer(connection, services)
            : new SubscriptionsTransportWsServer(connection, services);
        await connection.RunAsync(server);
    }
}
