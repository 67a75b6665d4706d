using System.Text;
using System.Text.Json;
using BackOffice.Api.Tests.Limits;

namespace BackOffice.Soak;

/// <summary>
/// The single list of hostile requests the soak mixes into its traffic (issue 10): each should be refused quickly with
/// a 4xx or a GraphQL error, never hang, answer 5xx or fail with INTERNAL. Add new ones here.
/// </summary>
public static class HostileInputs
{
    public sealed record Input(string Name, string ApiKey, string Body);

    public static IReadOnlyList<Input> All { get; } =
    [
        Query("fragment fan-out 2^30", HostileDocuments.FragmentFanOut(30)),
        Query("1,500 repeated orders(first:0|1){totalCount}", HostileDocuments.RepeatedConnections(1500)),
        Query("800 repeated orders(first:0|1){totalCount}", HostileDocuments.RepeatedConnections(800)),
        Query("200 introspection aliases", HostileDocuments.IntrospectionAliases(200)),
        Query("700 totalCount aliases", HostileDocuments.CountAliases(700)),
        Query("1,000 unknown fields", HostileDocuments.UnknownFields(1000)),
        Query("where amount eq null", "{ orders(first: 5, where: { amount: { eq: null } }) { totalCount nodes { orderId } } }"),
        Query("forged cursor (base64 JSON)", "{ orders(first: 5, after: \"eyJpZCI6LTEsImNyZWF0ZWRBdCI6ImJvZ3VzIn0=\") { nodes { orderId } } }"),
        Query("forged cursor (2 KB)", $"{{ orders(first: 5, after: \"{new string('A', 2048)}\") {{ nodes {{ orderId }} }} }}"),
        Query("forged cursor on operations", "{ operations(first: 5, after: \"MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=\") { nodes { operationId } } }"),
        Query("60-deep nested and", $"{{ orders(first: 5, where: {HostileDocuments.NestedAnd(60)}) {{ nodes {{ orderId }} }} }}"),
        Query("or of 1,000 terms", $"{{ orders(first: 5, where: {HostileDocuments.WideOr(1000)}) {{ nodes {{ orderId }} }} }}"),
        new("JSON array body (batch of 100)", "demo-reader-key", JsonSerializer.Serialize(Enumerable.Repeat(new { query = "{ orders(first: 100) { totalCount } }" }, 100))),
        new("huge body (1 MB variables)", "demo-reader-key", JsonSerializer.Serialize(new { query = "{ __typename }", variables = new { pad = new string('x', 1 << 20) } })),
        new("bogus API key", "bogus-key-0000", JsonSerializer.Serialize(new { query = "{ orders(first: 1) { totalCount } }" })),
        new("bogus API key (8 KB)", new string('k', 8192), JsonSerializer.Serialize(new { query = "{ orders(first: 1) { totalCount } }" })),
    ];

    public static HttpRequestMessage Request(Input input, string url) => new(HttpMethod.Post, url)
    {
        Content = new StringContent(input.Body, Encoding.UTF8, "application/json"),
        Headers = { { "X-Api-Key", input.ApiKey } },
    };

    private static Input Query(string name, string query) => new(name, "demo-reader-key", JsonSerializer.Serialize(new { query }));

    private static string Repeat(int count, Func<int, string> field) => string.Join(" ", Enumerable.Range(0, count).Select(field));
}
