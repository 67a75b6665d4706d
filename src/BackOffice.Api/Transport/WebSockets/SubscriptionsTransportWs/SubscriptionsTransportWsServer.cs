using System.Text.Json;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets.SubscriptionsTransportWs;

/// <summary>
/// The legacy <c>graphql-ws</c> sub-protocol: <c>connection_init</c> → <c>connection_ack</c> and a first <c>ka</c>, then
/// <c>start</c> / <c>data</c> / <c>error</c> / <c>complete</c> / <c>stop</c>, <c>ka</c> as the server's keep-alive and
/// <c>connection_terminate</c> to leave. Only these types go out on such a socket: its clients reject any other.
/// The protocol names no close codes; we close with graphql-transport-ws's after a <c>connection_error</c> that says why.
/// </summary>
public sealed class SubscriptionsTransportWsServer(WebSocketConnection connection, GraphQLWebSocketServices services)
    : SubscriptionServer(connection, services)
{
    private static readonly JsonEncodedText DataType = JsonEncodedText.Encode(MessageType.Data);
    private static readonly OperationMessage KeepAlive = new() { Type = MessageType.KeepAlive };

    protected override string Transport => GraphQLTransports.GraphQLWs;

    protected override JsonEncodedText ResultType => DataType;

    protected override OperationMessage KeepAliveMessage => KeepAlive;

    public override async Task OnMessageAsync(OperationMessage? message)
    {
        switch (message?.Type)
        {
            case MessageType.ConnectionInit:
                await InitializeAsync(message.Payload);
                break;
            case MessageType.Start:
                // As the protocol's reference server: a start with the id of a running operation replaces it.
                await StartOperationAsync(message, replaceRunning: true);
                break;
            case MessageType.Stop when message.Id is not null:
                await Operations.StopAsync(message.Id);
                break;
            case MessageType.ConnectionTerminate:
                await Connection.CloseAsync(CloseCode.Normal, "");
                break;
            case MessageType.KeepAlive:
                break; // some clients send it too; nothing to answer
            default:
                await FailAsync(CloseCode.InvalidMessage, GraphQLErrorCodes.InvalidRequest, "Invalid message received");
                break;
        }
    }

    /// <summary>The protocol's way to refuse a connection or a message: <c>connection_error</c> (then the close).</summary>
    protected override OperationMessage Farewell(string errorCode, string reason) => new()
    {
        Type = MessageType.ConnectionError,
        Payload = new Dictionary<string, object>
        {
            ["message"] = reason,
            ["extensions"] = new Dictionary<string, object> { ["code"] = errorCode },
        },
    };

    /// <summary>The protocol sends a keep-alive right after the ack: its clients start watching for them from the first.</summary>
    protected override void Acknowledge()
    {
        base.Acknowledge();
        Connection.TrySend(KeepAlive);
    }
}
