namespace BackOffice.Api.Common.Execution;

/// <summary>What the transport tells validation and resolvers about the request beyond the document.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    /// <summary>True for HTTP GET: only queries may run (GraphQL over HTTP: a GET must not change anything).</summary>
    public bool QueryOnly { get; init; }
}
