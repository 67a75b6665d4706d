namespace BackOffice.Api.Transport.WebSockets;

/// <summary>The <c>GraphQL:WebSockets</c> configuration section.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSockets";

    /// <summary>Time to send <c>connection_init</c> after the socket opens (4408 after it).</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The server pings this often, so proxies keep the socket open and dead peers are noticed.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest message accepted from a client (1009 beyond).</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    public int MaxSubscriptionsPerSocket { get; set; } = 100;

    /// <summary>Messages waiting to be sent to one client; a client this far behind is disconnected (1008).</summary>
    public int SendQueueCapacity { get; set; } = 1000;

    /// <summary>A message (or the close frame) the client has not taken in this time aborts the socket: it stopped reading.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
