using System.Text;
using System.Text.Json;

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
        Query("fragment fan-out 2^30", "query { ...F0 } " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"))
            + " fragment F30 on Query { __typename }"),
        Query("1,500 repeated orders(first:0){totalCount}", "{ " + Repeat(1500, _ => "orders(first: 0) { totalCount }") + " }"),
        Query("200 introspection aliases", "{ " + Repeat(200, i => $"i{i}: __schema {{ types {{ name fields {{ name type {{ name ofType {{ name ofType {{ name }} }} }} }} }} }}") + " }"),
        Query("700 totalCount aliases", "{ orders(first: 1) { " + Repeat(700, i => $"t{i}: totalCount") + " } }"),
        Query("where amount eq null", "{ orders(first: 5, where: { amount: { eq: null } }) { totalCount nodes { orderId } } }"),
        Query("forged cursor (base64 JSON)", "{ orders(first: 5, after: \"eyJpZCI6LTEsImNyZWF0ZWRBdCI6ImJvZ3VzIn0=\") { nodes { orderId } } }"),
        Query("forged cursor (2 KB)", $"{{ orders(first: 5, after: \"{new string('A', 2048)}\") {{ nodes {{ orderId }} }} }}"),
        Query("forged cursor on operations", "{ operations(first: 5, after: \"MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=\") { nodes { operationId } } }"),
        Query("60-deep nested and", "{ orders(first: 5, where: " + string.Concat(Enumerable.Repeat("{ and: [", 60)) + "{ amount: { gt: 1 } }"
            + string.Concat(Enumerable.Repeat("] }", 60)) + ") { nodes { orderId } } }"),
        Query("or of 1,000 terms", "{ orders(first: 5, where: { or: [" + string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"{{ amount: {{ eq: {i} }} }}"))
            + "] }) { nodes { orderId } } }"),
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
