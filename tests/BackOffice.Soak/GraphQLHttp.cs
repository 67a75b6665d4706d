using System.Text;
using System.Text.Json;

namespace BackOffice.Soak;

/// <summary>A GraphQL POST with an API key.</summary>
public static class GraphQLHttp
{
    public const string Operator = "demo-operator-key";
    public const string Reader = "demo-reader-key";

    public static Func<string, HttpRequestMessage> Post(string query, object? variables, string key) => url => new(HttpMethod.Post, url)
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        Headers = { { "X-Api-Key", key } },
    };
}
