using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Rest;

/// <summary>What a gateway client does: JSON content type on every request (GETs included), its key, the JSON back.</summary>
internal sealed class RestClient(ApiFactory api, string? apiKey = "demo-reader-key")
{
    private readonly HttpClient _http = api.CreateClient();

    public Task<RestResponse> GetAsync(string path, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Get, path, "", headers);

    public Task<RestResponse> PostAsync(string path, string body, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, body, headers);

    public async Task<RestResponse> SendAsync(HttpMethod method, string path, string body, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, "/api/v1" + path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new RestResponse(response.StatusCode, response.Headers, text.Length == 0 ? null : JsonNode.Parse(text))
        {
            Allow = response.Content.Headers.Allow.Count == 0 ? null : string.Join(", ", response.Content.Headers.Allow),
        };
    }
}

internal sealed record RestResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonNode? Body)
{
    /// <summary>The <c>Allow</c> header of a 405 (HttpClient files it among the content headers).</summary>
    public string? Allow { get; init; }

    public string? ErrorCode => Body?["errors"]?[0]?["code"]?.GetValue<string>();
}
