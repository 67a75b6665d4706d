using System.Diagnostics;
using System.Net.WebSockets;
using System.Runtime;
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
    /// <param name="ServerCpuMs">CPU the server spent from the trigger until every socket had the event: less sensitive than
    /// latency to a shared machine's other load.</param>
    public sealed record Result(int Sockets, int Received, double P50Ms, double P99Ms, double MaxMs, double BytesPerSocket, double ServerCpuMs = double.NaN);

    private const string Subscription = "subscription { operationStatusChanged { eventId occurredAt operation { operationId operationType } order { orderId status } } }";

    /// <summary>
    /// Events sent per side before any is measured, to the same sockets. A side's first bursts to that many sockets grow
    /// its heap and Kestrel's pool of 4 KB send blocks (one block per socket whose send is still queued behind the burst):
    /// the pool grew over the first four events of a run (7.8, 1.6, then 9.0 MB), and each growth is a pinned-heap
    /// allocation that can start a background gen-2 collection, which on the API's side marks 10,000 subscriptions
    /// (+200–300 ms of CPU for that event). Two warm events take most of that growth out of the measured ones.
    /// </summary>
    public const int WarmRounds = 2;

    /// <summary>
    /// Events measured per side; the report keeps the round with the median p99. One event's p99 is one burst of 10,000
    /// sends on a shared machine, and it moved two-fold from burst to burst: a median of five holds when two bursts of the
    /// five were hit by a collection, a median of three only when one was.
    /// </summary>
    public const int Rounds = 5;

    /// <summary>
    /// Each client socket's receive buffer, allocated once with the socket: a fresh 16 KB buffer per receive put 160 MB
    /// of garbage per event into the client that times both sides.
    /// </summary>
    private const int ReceiveBufferBytes = 4096;

    public static async Task<Result> RunAsync(ApiProcess api, int count, Func<Task> trigger, Action<string> progress)
    {
        GC.Collect();
        var before = api.ResidentBytes();
        var sockets = new List<(ClientWebSocket Socket, TaskCompletionSource<Received?>[] Events)>(count);
        var measured = Enumerable.Range(0, WarmRounds + Rounds).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var uri = new Uri(api.BaseUrl.Replace("http", "ws", StringComparison.Ordinal) + "/graphql");
        foreach (var chunk in Enumerable.Range(0, count).Chunk(200))
        {
            sockets.AddRange(await Task.WhenAll(chunk.Select(async index =>
            {
                var socket = new ClientWebSocket();
                var buffer = new byte[ReceiveBufferBytes];
                socket.Options.AddSubProtocol("graphql-transport-ws");
                await socket.ConnectAsync(uri, CancellationToken.None);
                await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });
                await ReceiveAsync(socket, buffer); // connection_ack
                await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Subscription } });
                var events = Enumerable.Range(0, WarmRounds + Rounds).Select(_ => new TaskCompletionSource<Received?>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
                _ = ReadEventsAsync(socket, buffer, events, measured);
                return (socket, events);
            })));
            progress($"  {sockets.Count:N0} / {count:N0} sockets subscribed");
        }

        await SettleAsync(api);
        var perSocket = (api.ResidentBytes() - before) / (double)count;
        var median = await MedianRoundAsync(async round =>
        {
            var cpuBefore = api.CpuMilliseconds();
            List<Received> received;
            using (new ClientCollectionsHeld())
            {
                await trigger();
                received = await Collect(sockets.Select(s => s.Events[round].Task).ToList());
            }

            var serverCpuMs = api.CpuMilliseconds() - cpuBefore;
            measured[round].SetResult();

            // Parsed once every socket has the event: the client's own parsing would otherwise delay the receives measured.
            var latencies = received.Select(r => (r.At - OccurredAt(r.Text)).TotalMilliseconds).Order().ToList();
            var result = Summarize(count, latencies, perSocket) with { ServerCpuMs = serverCpuMs };
            progress($"  event {round}{(round < WarmRounds ? " (warm)" : "")}: p50 {result.P50Ms:N0} ms, p99 {result.P99Ms:N0} ms, server CPU {serverCpuMs:N0} ms");
            await SettleAsync(api);
            return result;
        });

        await Task.WhenAll(sockets.Select(s => CloseAsync(s.Socket)));
        return median;
    }

    /// <summary>
    /// Waits until the server is idle (under 5 % of a core for half a second; at most 20 s). The 10,000 subscriptions
    /// leave work behind — a background gen-2 collection of what they allocated, the JIT's tier-1 compiles of the subscribe
    /// path — which took a third of the server's CPU in the first events measured 2 s after the last subscription
    /// (perf: 18 % the background collector, 15 % the JIT). The event is measured against idle subscribers, as the raw
    /// sends are against idle sockets.
    /// </summary>
    private static async Task SettleAsync(ApiProcess api)
    {
        var clock = Stopwatch.StartNew();
        var cpu = api.CpuMilliseconds();
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            var now = api.CpuMilliseconds();
            if (now - cpu < 25)
            {
                return;
            }

            cpu = now;
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(20));
    }

    /// <summary>
    /// The raw cost: a bare Kestrel WebSocket endpoint (a process of its own, as the API is: each process may hold
    /// 20,000 descriptors here) sends one message of the same size to every socket when asked.
    /// </summary>
    public static async Task<Result> RunBaselineAsync(int port, int count, int messageBytes)
    {
        var self = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        self.Environment["DOTNET_gcServer"] = "0"; // the garbage collector the API runs with (BackOffice.Api.csproj)
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

            // The first sends warm the server up (as on the API's side); the next ones are measured. Every
            // socket is already receiving when the clock starts, as the API's subscribers are.
            using var http = new HttpClient();
            var buffers = clients.Select(_ => new byte[ReceiveBufferBytes]).ToList();
            var median = await MedianRoundAsync(async _ =>
            {
                var receiving = clients.Select((c, i) => ReceivedAsync(c, buffers[i])).ToList();
                await Task.Delay(TimeSpan.FromSeconds(1));
                server.Refresh();
                var cpuBefore = server.TotalProcessorTime;
                DateTime sentAt;
                List<Received> received;
                using (new ClientCollectionsHeld())
                {
                    sentAt = DateTime.UtcNow;
                    await http.PostAsync(new Uri($"http://127.0.0.1:{port}/send?bytes={messageBytes}&expected={count}"), null);
                    received = await Collect(receiving);
                }

                var latencies = received.Select(r => (r.At - sentAt).TotalMilliseconds).Order().ToList();
                server.Refresh();
                return Summarize(count, latencies, double.NaN) with { ServerCpuMs = (server.TotalProcessorTime - cpuBefore).TotalMilliseconds };
            });

            await Task.WhenAll(clients.Select(CloseAsync));
            return median;
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

            // Until the client closes. It sends nothing else, so a few bytes do: an idle socket holds no big buffer, as the
            // API's sockets wait with zero-byte reads.
            var ignored = new byte[16];
            while ((await socket.ReceiveAsync(ignored, CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
            }
        });
        await app.StartAsync();
        Console.WriteLine("listening");
        await app.WaitForShutdownAsync();
    }

    /// <summary>A message as it came in: its text and the moment it was in, before anything parsed it.</summary>
    private sealed record Received(string Text, DateTime At);

    /// <summary>
    /// Takes the subscription's events, one per round: each is timed the moment it is in and parsed only after the round,
    /// and no socket starts its next receive before the round is <paramref name="measured"/>.
    /// </summary>
    private static async Task ReadEventsAsync(ClientWebSocket socket, byte[] buffer, TaskCompletionSource<Received?>[] events, TaskCompletionSource[] measured)
    {
        var next = 0;
        try
        {
            while (socket.State == WebSocketState.Open && next < events.Length)
            {
                if (await ReceivedAsync(socket, buffer) is not { } message)
                {
                    return;
                }

                if (message.Text.Contains("\"type\":\"next\"", StringComparison.Ordinal))
                {
                    events[next].TrySetResult(message);
                    await measured[next++].Task;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static DateTime OccurredAt(string next)
    {
        using var message = JsonDocument.Parse(next);
        return message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("operationStatusChanged")
            .GetProperty("occurredAt").GetDateTime().ToUniversalTime();
    }

    private static async Task<List<Received>> Collect(List<Task<Received?>> received)
    {
        var all = Task.WhenAll(received);
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30)));
        return received.Where(t => t.IsCompletedSuccessfully && t.Result is not null).Select(t => t.Result!).ToList();
    }

    /// <summary>
    /// The <see cref="WarmRounds"/> warm events, then <see cref="Rounds"/> measured ones; the measured round whose p99 is the
    /// median. Both sides measure through this, so they are measured alike.
    /// </summary>
    private static async Task<Result> MedianRoundAsync(Func<int, Task<Result>> round)
    {
        for (var i = 0; i < WarmRounds; i++)
        {
            await round(i);
        }

        var measured = new List<Result>(Rounds);
        for (var i = WarmRounds; i < WarmRounds + Rounds; i++)
        {
            measured.Add(await round(i));
        }

        return measured.OrderBy(r => r.P99Ms).ElementAt(Rounds / 2);
    }

    /// <summary>
    /// Holds this process's own garbage collections off while a round's messages come in (a no-GC region with room for
    /// them, started before the clock): this process timestamps every receive on both sides, and a collection of its heap
    /// (10,000 client sockets) delayed all of them at once — 100–150 ms on the p50 of one round in seven, whichever side
    /// it fell on. If the region runs out, it ends on its own and the round is measured as it comes.
    /// </summary>
    private sealed class ClientCollectionsHeld : IDisposable
    {
        private readonly bool _held = TryHold();

        public void Dispose()
        {
            if (_held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        private static bool TryHold()
        {
            try
            {
                return GC.TryStartNoGCRegion(256L * 1024 * 1024);
            }
            catch (ArgumentOutOfRangeException)
            {
                return false; // a collector configured with less room: the round is measured as it comes
            }
        }
    }

    private static Result Summarize(int count, List<double> latencies, double perSocket)
    {
        return new Result(count, latencies.Count, LoadResult.Percentile(latencies, 0.5), LoadResult.Percentile(latencies, 0.99),
            LoadResult.Percentile(latencies, 1), perSocket);
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<Received?> ReceivedAsync(WebSocket socket, byte[] buffer) =>
        await ReceiveAsync(socket, buffer) is { } text ? new Received(text, DateTime.UtcNow) : null;

    /// <summary>The next message, read through the socket's own <paramref name="buffer"/>; null when the server closed.</summary>
    private static async Task<string?> ReceiveAsync(WebSocket socket, byte[] buffer)
    {
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
