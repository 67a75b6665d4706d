using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackOffice.Api.Tests.Support;

/// <summary>What a dashboard does: POST a query with its key, read the JSON.</summary>
public sealed class GraphQLClient(HttpClient http, string? apiKey)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        return await SendAsync(request, accept);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string? accept = null)
    {
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers, text);
    }

    public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, System.Net.Http.Headers.HttpResponseHeaders Headers, string Body)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public JsonNode? Data => Json["data"];

        public JsonArray? Errors => Json["errors"]?.AsArray();

        public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

        /// <summary>The request's correlation id, which the server echoes in <c>X-Correlation-Id</c>.</summary>
        public string CorrelationId => Headers.GetValues("X-Correlation-Id").Single();

        /// <summary>The body without volatile parts (the correlation id), indented, for snapshots.</summary>
        public string Normalized()
        {
            var json = Json.AsObject();
            if (json["extensions"] is JsonObject extensions)
            {
                extensions.Remove("correlationId");
                if (extensions.Count == 0)
                {
                    json.Remove("extensions");
                }
            }

            return json.ToJsonString(Indented);
        }

        public GraphQLResponse EnsureNoErrors()
        {
            Assert.True(Errors is null, $"Unexpected errors: {Body}");
            return this;
        }
    }
}
