using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;

namespace BackOffice.Api.Tests.Support;

/// <summary>A graphql-transport-ws (or, connected with its name, legacy graphql-ws) client over the in-process server, reading messages one at a time.</summary>
public sealed class GraphQLWebSocketClient(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public WebSocket Socket { get; } = socket;

    public static async Task<GraphQLWebSocketClient> ConnectAsync(ApiFactory api, string subProtocol = "graphql-transport-ws")
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add(subProtocol);
        return new GraphQLWebSocketClient(await client.ConnectAsync(new Uri(api.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>Connects, sends <c>connection_init</c> with the key (as Banana Cake Pop does: lower case) and expects the ack.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAndInitAsync(ApiFactory api, string key = "demo-reader-key", string subProtocol = "graphql-transport-ws")
    {
        var client = await ConnectAsync(api, subProtocol);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["x-api-key"] = key } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text) =>
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, skipping the server's keep-alives (<c>ping</c>, <c>ka</c>) unless asked for; null when the socket closed or nothing came in time.</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? timeout = null, bool skipKeepAlives = true) =>
        await ReceiveTextAsync(timeout, skipKeepAlives) is { } text ? JsonNode.Parse(text) : null;

    /// <summary>The next message as the server wrote it, byte for byte (keep-alives skipped unless asked for); null as <see cref="ReceiveAsync"/>.</summary>
    public async Task<string?> ReceiveTextAsync(TimeSpan? timeout = null, bool skipKeepAlives = true)
    {
        using var cancel = new CancellationTokenSource(timeout ?? Patience);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult received;
                do
                {
                    received = await Socket.ReceiveAsync(buffer, cancel.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return null;
                    }

                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                var text = Encoding.UTF8.GetString(message.ToArray());
                if (!skipKeepAlives || JsonNode.Parse(text)?["type"]?.GetValue<string>() is not ("ping" or "ka"))
                {
                    return text;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads until the server closes; the close code and reason.</summary>
    public async Task<(int? Code, string? Reason)> ClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return ((int?)Socket.CloseStatus, Socket.CloseStatusDescription);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // a reader elsewhere owns the receive side, or the server is gone already
        }

        Socket.Dispose();
    }
}
