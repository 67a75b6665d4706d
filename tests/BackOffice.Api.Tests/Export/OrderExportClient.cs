using System.Net;
using System.Text.Json;

namespace BackOffice.Api.Tests.Export;

/// <summary>What the portal's "Export CSV" does: GET the export with the key in a header and the filter as JSON parameters.</summary>
internal static class OrderExportClient
{
    public static HttpRequestMessage Request(object? where = null, object? order = null, string? key = "demo-reader-key", string? rawWhere = null, string? rawOrder = null)
    {
        var query = new List<string>();
        if ((rawWhere ?? (where is null ? null : JsonSerializer.Serialize(where))) is { } w)
        {
            query.Add("where=" + Uri.EscapeDataString(w));
        }

        if ((rawOrder ?? (order is null ? null : JsonSerializer.Serialize(order))) is { } o)
        {
            query.Add("order=" + Uri.EscapeDataString(o));
        }

        var request = new HttpRequestMessage(HttpMethod.Get, "/export/orders.csv" + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    public static async Task<(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Response)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response);
    }
}
