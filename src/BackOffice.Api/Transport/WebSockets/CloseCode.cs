namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// Close codes: graphql-transport-ws's own (44xx) and the WebSocket standard ones we use for our limits. The legacy graphql-ws
/// protocol names none: its sockets close with these too, after a <c>connection_error</c> that carries the reason and a code.
/// </summary>
public static class CloseCode
{
    public const int Normal = 1000;

    /// <summary>The server is shutting down (SIGTERM, a deploy): the client reconnects, to another instance behind the proxy.</summary>
    public const int GoingAway = 1001;

    /// <summary>A limit of ours: too many sockets for one API key, or a client that stopped reading.</summary>
    public const int PolicyViolation = 1008;

    public const int MessageTooBig = 1009;
    public const int InvalidMessage = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
