namespace BackOffice.Api.Transport.WebSockets.SubscriptionsTransportWs;

/// <summary>
/// The message types of the legacy <c>graphql-ws</c> sub-protocol (Apollo's subscriptions-transport-ws, its PROTOCOL.md):
/// what Strawberry Shake and older Apollo clients speak. Not to be confused with the graphql-ws library, whose protocol
/// is graphql-transport-ws.
/// </summary>
public static class MessageType
{
    public const string SubProtocol = "graphql-ws";

    // Client to server.
    public const string ConnectionInit = "connection_init";
    public const string Start = "start";
    public const string Stop = "stop";
    public const string ConnectionTerminate = "connection_terminate";

    // Server to client.
    public const string ConnectionAck = "connection_ack";
    public const string ConnectionError = "connection_error";
    public const string KeepAlive = "ka";
    public const string Data = "data";
    public const string Error = "error";
    public const string Complete = "complete";
}
