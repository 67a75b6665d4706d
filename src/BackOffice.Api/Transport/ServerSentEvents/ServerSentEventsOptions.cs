namespace BackOffice.Api.Transport.ServerSentEvents;

/// <summary>The <c>GraphQL:ServerSentEvents</c> configuration section.</summary>
public sealed class ServerSentEventsOptions
{
    public const string Section = "GraphQL:ServerSentEvents";

    /// <summary>A comment line this often keeps proxies from closing a quiet stream (12 s, as graphql-sse and HotChocolate).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Events waiting to be written to one client; a client this far behind is disconnected.</summary>
    public int SendQueueCapacity { get; set; } = 1000;

    /// <summary>An event the client has not taken in this time aborts the stream: it stopped reading.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
