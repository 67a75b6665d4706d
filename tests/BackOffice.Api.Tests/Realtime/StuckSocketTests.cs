using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>
/// A client that stops reading is closed within the send timeout and its per-key slot freed, whatever the server was sending.
/// Over real Kestrel and TCP: the in-memory test server never pushes back, so a send there never blocks.
/// </summary>
public sealed class StuckSocketTests(ITestOutputHelper output)
{
    // Far more than the kernel buffers (4 MB send side at most, a 4 KB receive side) hold: the server's sends must block.
    private const int Queries = 120;
    private const string LargeQuery = "{ __schema { types { name description fields { name description args { name description type { name } } "
        + "type { name kind ofType { name kind ofType { name kind } } } } inputFields { name description } enumValues { name description } } } }";

    [Fact]
    public async Task AClientThatStopsReadingIsDisconnectedAndItsKeyCanOpenAnotherSocket()
    {
        using var api = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["GraphQL:WebSockets:SendTimeout"] = "00:00:01",
                ["GraphQL:Streams:MaxPerApiKey"] = "1",
            },
        };
        api.UseKestrel(0);
        api.StartServer();
        var uri = SocketUri(api);

        using var stuck = await ConnectAsync(uri, receiveBuffer: 4096);
        Assert.Equal("connection_ack", await InitAsync(stuck));
        for (var i = 0; i < Queries; i++)
        {
            await SendAsync(stuck, new { id = $"q{i}", type = "subscribe", payload = new { query = LargeQuery } });
        }

        // From here the client reads nothing; the server must give up on it by itself.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string? answer = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(15) && answer != "connection_ack")
        {
            await Task.Delay(250);
            using var next = await ConnectAsync(uri, receiveBuffer: 0);
            answer = await InitAsync(next);
        }

        output.WriteLine($"the slot was free again {clock.Elapsed.TotalSeconds:0.0} s after the client stopped reading");
        Assert.True(answer == "connection_ack", $"the key's only socket slot was still taken after {clock.Elapsed} (last answer: {answer})");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"freeing the slot took {clock.Elapsed}");
        Assert.True(await EndsAsync(stuck), "the stuck socket was still open");
    }

    private static Uri SocketUri(ApiFactory api)
    {
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address.Replace("http", "ws", StringComparison.Ordinal)), "/graphql");
    }

    /// <summary>A client socket with a small kernel receive buffer, so back-pressure reaches the server quickly.</summary>
    private static async Task<ClientWebSocket> ConnectAsync(Uri uri, int receiveBuffer)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                if (receiveBuffer > 0)
                {
                    socket.ReceiveBufferSize = receiveBuffer;
                }

                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        client.Options.HttpVersion = HttpVersion.Version11;
        await client.ConnectAsync(uri, new HttpMessageInvoker(handler), CancellationToken.None);
        return client;
    }

    /// <summary>Sends <c>connection_init</c>; the answer's type, or the close code when the server refused.</summary>
    private static async Task<string?> InitAsync(ClientWebSocket socket)
    {
        await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var buffer = new byte[64 * 1024];
        try
        {
            var received = await socket.ReceiveAsync(buffer, cancel.Token);
            return received.MessageType == WebSocketMessageType.Close
                ? $"closed {(int?)socket.CloseStatus}"
                : JsonDocument.Parse(buffer.AsMemory(0, received.Count)).RootElement.GetProperty("type").GetString();
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            return e.GetType().Name;
        }
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Drains what the server managed to send; true when the socket then ends (close frame or reset) in time.</summary>
    private static async Task<bool> EndsAsync(ClientWebSocket socket)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                if ((await socket.ReceiveAsync(buffer, cancel.Token)).MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }
            }
        }
        catch (WebSocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
