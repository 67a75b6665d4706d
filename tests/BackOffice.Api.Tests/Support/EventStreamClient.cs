using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BackOffice.Api.Tests.Support;

/// <summary>
/// A GraphQL over SSE client (graphql-sse's distinct connections mode): one request with <c>Accept: text/event-stream</c>,
/// then the events as they arrive. Comment lines (keep-alives) are counted, not returned. Disposing it disconnects.
/// </summary>
public sealed class EventStreamClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader? _reader;

    private EventStreamClient(HttpResponseMessage response, Stream? body)
    {
        _response = response;
        _reader = body is null ? null : new StreamReader(body, Encoding.UTF8);
    }

    public HttpStatusCode Status => _response.StatusCode;

    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    public int Comments { get; private set; }

    /// <summary>POSTs the request (a GET when <paramref name="get"/>, its fields in the query string) and returns once the headers arrived.</summary>
    public static async Task<EventStreamClient> OpenAsync(
        HttpClient http, string? apiKey, string query, object? variables = null, bool get = false, string? lastEventId = null, string? body = null)
    {
        using var request = get
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)
                + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(variables))))
            : new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = body is null ? JsonContent.Create(new { query, variables }) : new StringContent(body, Encoding.UTF8, "application/json"),
            };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stream = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStreamAsync() : null;
        return new EventStreamClient(response, stream);
    }

    /// <summary>The body of a response that was not a stream (an error before any stream started).</summary>
    public async Task<JsonNode> ErrorBodyAsync() => JsonNode.Parse(await _response.Content.ReadAsStringAsync())!;

    /// <summary>The next event; null when the stream ended. Fails the test after <paramref name="timeout"/> (10 s).</summary>
    public async Task<ServerSentEvent?> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        string? type = null, id = null;
        var data = new List<string>();
        while (await _reader!.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null || data.Count > 0)
                {
                    return new ServerSentEvent(type ?? "message", string.Join('\n', data), id);
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                Comments++;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "event":
                    type = value;
                    break;
                case "data":
                    data.Add(value);
                    break;
                case "id":
                    id = value;
                    break;
            }
        }

        return null;
    }

    /// <summary>Every event up to the end of the stream.</summary>
    public async Task<List<ServerSentEvent>> ReadToEndAsync()
    {
        var events = new List<ServerSentEvent>();
        while (await NextAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    /// <summary>True when the server ends the stream within <paramref name="timeout"/> (events before the end are skipped).</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan timeout)
    {
        try
        {
            while (await NextAsync(timeout) is not null)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true; // the server aborted the connection
        }
        catch (HttpRequestException)
        {
            return true;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }

    public sealed record ServerSentEvent(string Event, string Data, string? Id)
    {
        public JsonNode Json => JsonNode.Parse(Data)!;
    }
}
