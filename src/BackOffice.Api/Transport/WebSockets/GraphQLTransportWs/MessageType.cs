namespace BackOffice.Api.Transport.WebSockets.GraphQLTransportWs;

/// <summary>The message types of graphql-transport-ws (the protocol of the graphql-ws library).</summary>
public static class MessageType
{
    public const string SubProtocol = "graphql-transport-ws";
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
