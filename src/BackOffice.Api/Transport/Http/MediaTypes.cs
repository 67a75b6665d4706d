using Microsoft.Net.Http.Headers;

namespace BackOffice.Api.Transport.Http;

/// <summary>GraphQL over HTTP's media types and the Accept negotiation between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>GraphQL over Server-Sent Events (graphql-sse's distinct connections mode).</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The response type for an Accept header: an event stream only when the client names it and ranks it at least as high
    /// as either JSON type (<c>*/*</c> never starts a stream); graphql-response+json only when the client ranks it at least as
    /// high as application/json (legacy clients and <c>*/*</c> get application/json); null when nothing fits (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var ranges))
        {
            return Json;
        }

        double Quality(string type) => ranges
            .Where(r => r.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Quality ?? 1.0)
            .DefaultIfEmpty(-1)
            .Max();

        var graphQLResponse = Quality(GraphQLResponse);
        var eventStream = Quality(EventStream);
        if (eventStream > 0 && eventStream >= graphQLResponse && eventStream >= Quality(Json))
        {
            return EventStream;
        }

        var json = Math.Max(Quality(Json), Math.Max(Quality("application/*"), Quality("*/*")));
        if (graphQLResponse <= 0 && json <= 0)
        {
            return null;
        }

        return graphQLResponse > 0 && graphQLResponse >= Quality(Json) ? GraphQLResponse : Json;
    }
}
