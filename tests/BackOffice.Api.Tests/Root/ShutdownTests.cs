using System.Diagnostics;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using BackOffice.Api.Tests.Limits;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Root;

/// <summary>The process stops when asked, whatever its clients are doing: <c>docker stop</c> kills it 10 s after SIGTERM.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task SigtermEndsTheProcessWithStuckRequestsInFlight()
    {
        await using var server = await ServerProcess.StartAsync();

        // A subscriber, an upload that stalls half-way, and the fragment fan-out that once held a core for minutes.
        using var subscriber = new ClientWebSocket();
        subscriber.Options.AddSubProtocol("graphql-transport-ws");
        await subscriber.ConnectAsync(new Uri($"ws://{server.Address.Authority}/graphql"), CancellationToken.None);
        await SendAsync(subscriber, """{"type":"connection_init","payload":{"X-Api-Key":"demo-reader-key"}}""");
        await SendAsync(subscriber, """{"id":"1","type":"subscribe","payload":{"query":"subscription { operationStatusChanged { operation { operationId } } }"}}""");
        using var stalled = new TcpClient();
        await stalled.ConnectAsync(server.Address.Host, server.Address.Port);
        await stalled.GetStream().WriteAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: demo-reader-key\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":"));
        using var http = new HttpClient { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", "demo-reader-key");
        var fanOut = http.PostAsync("/graphql", new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { query = HostileDocuments.FragmentFanOut(30) }), Encoding.UTF8, "application/json"));
        await Task.Delay(500);

        var clock = Stopwatch.StartNew();
        server.Terminate();
        var closed = await subscriber.ReceiveAsync(new byte[4096], new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
        while (closed.MessageType != WebSocketMessageType.Close)
        {
            closed = await subscriber.ReceiveAsync(new byte[4096], new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
        }

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closed.CloseStatus); // 1001: reconnect, to another instance
        var exited = await server.WaitForExitAsync(TimeSpan.FromSeconds(15));
        Assert.True(exited, $"still running {clock.Elapsed} after SIGTERM:\n{server.Output}");
        _ = fanOut.ContinueWith(t => t.Exception, TaskScheduler.Default);
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
}
