using System.Text.Json;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets.GraphQLTransportWs;

/// <summary>
/// graphql-transport-ws: <c>connection_init</c>, then <c>subscribe</c> / <c>next</c> / <c>error</c> / <c>complete</c> for
/// subscriptions, queries and mutations, <c>ping</c> / <c>pong</c> both ways. Every violation closes the socket with the
/// code the protocol names (<see cref="CloseCode"/>).
/// </summary>
public sealed class GraphQLTransportWsServer(WebSocketConnection connection, GraphQLWebSocketServices services)
    : SubscriptionServer(connection, services)
{
    private static readonly JsonEncodedText NextType = JsonEncodedText.Encode(MessageType.Next);
    private static readonly OperationMessage PingMessage = new() { Type = MessageType.Ping };
    private static readonly OperationMessage PongMessage = new() { Type = MessageType.Pong };

    protected override string Transport => GraphQLTransports.GraphQLTransportWs;

    protected override JsonEncodedText ResultType => NextType;

    protected override OperationMessage KeepAliveMessage => PingMessage;

    public override async Task OnMessageAsync(OperationMessage? message)
    {
        switch (message?.Type)
        {
            case MessageType.ConnectionInit:
                await InitializeAsync(message.Payload);
                break;
            case MessageType.Ping:
                Connection.TrySend(PongMessage);
                break;
            case MessageType.Pong:
                break;
            case MessageType.Subscribe:
                await StartOperationAsync(message, replaceRunning: false);
                break;
            case MessageType.Complete when message.Id is not null:
                await Operations.StopAsync(message.Id);
                break;
            default:
                await FailAsync(CloseCode.InvalidMessage, GraphQLErrorCodes.InvalidRequest, "Invalid message received");
                break;
        }
    }
}
