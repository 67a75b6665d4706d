namespace BackOffice.Api.Transport.Http;

/// <summary>The <c>GraphQL:Http</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";

    /// <summary>Largest request body accepted (413 beyond). A dashboard's largest query is a few kilobytes.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest <c>query</c> text accepted, over POST or GET.</summary>
    public int MaxQueryLength { get; set; } = 64 * 1024;

    /// <summary>Most requests in one batch (a JSON array, as Apollo's BatchHttpLink sends); a longer one is refused whole (400).</summary>
    public int MaxBatchSize { get; set; } = 20;
}
