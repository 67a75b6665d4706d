namespace BackOffice.Api.Transport.Subscriptions;

/// <summary>The <c>GraphQL:Streams</c> configuration section: what every long-lived transport (sockets, SSE) shares.</summary>
public sealed class StreamLimitOptions
{
    public const string Section = "GraphQL:Streams";

    /// <summary>Open sockets and SSE streams of one API key together, on one instance (a socket 1008, a stream 429 beyond).</summary>
    public int MaxPerApiKey { get; set; } = 200;
}
