using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace BackOffice.Benchmarks;

/// <summary>
/// Subscription fan-out: N sockets subscribed to one merchant, one mutation, the time until each socket has the event
/// (from the event's commit time), and the server's memory per idle subscribed socket. The baseline sends the same
/// bytes to the same number of plain WebSockets from a bare Kestrel endpoint.
/// </summary>
public static class FanOut
{
    /// <param name="ServerCpuMs">CPU the server spent from the trigger until every socket had the event (the API only): less
    /// sensitive than latency to a shared machine's other load.</param>
    public sealed record Result(int Sockets, int Received, double P50Ms, double P99Ms, double MaxMs, double BytesPerSocket, double ServerCpuMs = double.NaN);

    private const string Subscription = "subscription { operationStatusChanged { eventId occurredAt operation { operationId operationType } order { orderId status } } }";

    public static async Task<Result> RunAsync(ApiProcess api, int count, Func<Task> trigger, Action<string> progress)
    {
        GC.Collect();
        var before = api.ResidentBytes();
        var sockets = new List<(ClientWebSocket Socket, TaskCompletionSource<double> Received)>(count);
        var uri = new Uri(api.BaseUrl.Replace("http", "ws", StringComparison.Ordinal) + "/graphql");
        foreach (var chunk in Enumerable.Range(0, count).Chunk(200))
        {
            sockets.AddRange(await Task.WhenAll(chunk.Select(async index =>
            {
                var socket = new ClientWebSocket();
                socket.Options.AddSubProtocol("graphql-transport-ws");
                await socket.ConnectAsync(uri, CancellationToken.None);
                await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });
                await ReceiveAsync(socket); // connection_ack
                await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Subscription } });
                var received = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
                _ = ReadEventsAsync(socket, received);
                return (socket, received);
            })));
            progress($"  {sockets.Count:N0} / {count:N0} sockets subscribed");
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // let the server settle after the subscribe burst
        var perSocket = (api.ResidentBytes() - before) / (double)count;
        var cpuBefore = api.CpuMilliseconds();
        await trigger();
        var latencies = await Collect(sockets.Select(s => s.Received.Task).ToList());
        var serverCpuMs = api.CpuMilliseconds() - cpuBefore;
        await Task.WhenAll(sockets.Select(s => CloseAsync(s.Socket)));
        return Summarize(count, latencies, perSocket) with { ServerCpuMs = serverCpuMs };
    }

    /// <summary>
    /// The raw cost: a bare Kestrel WebSocket endpoint (a process of its own, as the API is: each process may hold
    /// 20,000 descriptors here) sends one message of the same size to every socket when asked.
    /// </summary>
    public static async Task<Result> RunBaselineAsync(int port, int count, int messageBytes)
    {
        var self = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        self.ArgumentList.Add(typeof(FanOut).Assembly.Location);
        self.ArgumentList.Add("raw-server");
        self.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var server = Process.Start(self)!;
        try
        {
            await server.StandardOutput.ReadLineAsync(); // "listening"
            var clients = new List<ClientWebSocket>();
            foreach (var chunk in Enumerable.Range(0, count).Chunk(200))
            {
                clients.AddRange(await Task.WhenAll(chunk.Select(async index =>
                {
                    var socket = new ClientWebSocket();
                    await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/"), CancellationToken.None);
                    return socket;
                })));
            }

            // Two sends to the same sockets; the first warms the server's code up (as the API's warm-up does), the second is measured.
            using var http = new HttpClient();
            List<double> latencies = [];
            for (var round = 0; round < 2; round++)
            {
                var sentAt = Stopwatch.GetTimestamp();
                var received = clients.Select(async c =>
                {
                    await ReceiveAsync(c);
                    return Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
                }).ToList();
                await http.PostAsync(new Uri($"http://127.0.0.1:{port}/send?bytes={messageBytes}&expected={count}"), null);
                latencies = await Collect(received);
            }

            await Task.WhenAll(clients.Select(CloseAsync));
            return Summarize(count, latencies, double.NaN);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The raw server: keeps every socket it accepts; <c>POST /send</c> sends the same bytes to all of them.</summary>
    public static async Task ServeRawAsync(int port)
    {
        var accepted = new List<WebSocket>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapPost("/send", async (int bytes, int expected) =>
        {
            while (accepted.Count < expected)
            {
                await Task.Delay(10);
            }

            var payload = new byte[bytes];
            payload.AsSpan().Fill((byte)'x');
            List<WebSocket> sockets;
            lock (accepted)
            {
                sockets = [.. accepted];
            }

            await Task.WhenAll(sockets.Select(s => s.SendAsync(payload, WebSocketMessageType.Text, true, CancellationToken.None)));
        });
        app.Use(async (context, next) =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                await next(context);
                return;
            }

            var socket = await context.WebSockets.AcceptWebSocketAsync();
            lock (accepted)
            {
                accepted.Add(socket);
            }

            await ReceiveAsync(socket); // until the client closes
        });
        await app.StartAsync();
        Console.WriteLine("listening");
        await app.WaitForShutdownAsync();
    }

    /// <summary>
    /// Waits for the event and stops there, as the raw client does after its one message: the time is taken the moment the
    /// message is in, before parsing it, and no socket starts another receive (a fresh buffer each) while the others are measured.
    /// </summary>
    private static async Task ReadEventsAsync(ClientWebSocket socket, TaskCompletionSource<double> received)
    {
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var text = await ReceiveAsync(socket);
                var receivedAt = DateTime.UtcNow;
                if (text is null)
                {
                    return;
                }

                using var message = JsonDocument.Parse(text);
                if (message.RootElement.GetProperty("type").GetString() == "next")
                {
                    var occurredAt = message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("operationStatusChanged")
                        .GetProperty("occurredAt").GetDateTime();
                    received.TrySetResult((receivedAt - occurredAt.ToUniversalTime()).TotalMilliseconds);
                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static async Task<List<double>> Collect(List<Task<double>> received)
    {
        var all = Task.WhenAll(received);
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30)));
        return received.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).Order().ToList();
    }

    private static Result Summarize(int count, List<double> latencies, double perSocket)
    {
        return new Result(count, latencies.Count, LoadResult.Percentile(latencies, 0.5), LoadResult.Percentile(latencies, 0.99),
            LoadResult.Percentile(latencies, 1), perSocket);
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static async Task CloseAsync(ClientWebSocket socket)
    {
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
        }

        socket.Dispose();
    }
}
