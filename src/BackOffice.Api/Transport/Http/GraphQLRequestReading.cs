using GraphQL.Transport;

namespace BackOffice.Api.Transport.Http;

/// <summary>What <see cref="GraphQLRequestReader"/> found: one request, a batch (each item a reading of its own), or why neither.</summary>
public sealed record GraphQLRequestReading
{
    public GraphQLRequest? Request { get; init; }

    public IReadOnlyList<GraphQLRequestReading>? Batch { get; init; }

    /// <summary>The HTTP status that refuses the request (or, in a batch, the item), with <see cref="Code"/> and <see cref="Message"/>.</summary>
    public int Status { get; init; } = StatusCodes.Status200OK;

    public string? Code { get; init; }

    public string? Message { get; init; }

    public bool IsRefused => Message is not null;

    public static GraphQLRequestReading Refused(int status, string code, string message) => new() { Status = status, Code = code, Message = message };
}
