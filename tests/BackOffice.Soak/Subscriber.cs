using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace BackOffice.Soak;

/// <summary>
/// One graphql-transport-ws socket subscribed to <c>operationStatusChanged</c> for the whole demo merchant, keeping every
/// event id it receives. When the socket ends it connects and subscribes again; what it received counts from its
/// latest subscription, and an end that its instance's crash does not explain is recorded.
/// </summary>
public sealed class Subscriber(Instance instance, EventIds ids)
{
    private const string Subscription = "subscription { operationStatusChanged { eventId sequence operation { operationId operationResult } } }";
    private readonly Lock _lock = new();
    private List<int> _received = [];

    public Instance Instance => instance;

    /// <summary>When the current subscription was sent; null until the first one.</summary>
    public DateTime? SubscribedAt { get; private set; }

    /// <summary>When the current subscription's first event arrived: the server had the subscription in place by then.</summary>
    public DateTime? FirstEventAt { get; private set; }

    public int Subscriptions { get; private set; }

    public int CrashEnds { get; private set; }

    public List<string> UnexpectedEnds { get; } = [];

    public int PayloadErrors { get; private set; }

    /// <summary>
    /// The current subscription: from when every committed event must reach it, and the ids received on it, in arrival
    /// order (an id twice is a duplicate). An event whose <c>occurredAt</c> (taken before its commit) is after the first
    /// arrival was published to a subscription already in place, whatever the server's delay in setting it up; a
    /// subscription that never got an event is judged from 10 s after it was sent.
    /// </summary>
    public (DateTime? CountsFrom, bool Resubscribed, List<int> Received) Snapshot()
    {
        lock (_lock)
        {
            return (FirstEventAt ?? SubscribedAt + TimeSpan.FromSeconds(10), Subscriptions > 1, [.. _received]);
        }
    }

    /// <summary>Connects and subscribes once; false when the instance does not answer.</summary>
    public async Task<ClientWebSocket?> SubscribeAsync(CancellationToken stop)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{instance.Port}/graphql"), timeout.Token);
            await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } }, timeout.Token);
            var ack = await ReceiveAsync(socket, timeout.Token);
            if (ack is null || !ack.Contains("connection_ack", StringComparison.Ordinal))
            {
                throw new WebSocketException($"no connection_ack: {ack}");
            }

            lock (_lock)
            {
                _received = [];
                SubscribedAt = DateTime.UtcNow;
                FirstEventAt = null;
                Subscriptions++;
            }

            await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Subscription } }, timeout.Token);
            return socket;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>Reads events until <paramref name="stop"/>, subscribing again whenever the socket ends.</summary>
    public async Task RunAsync(ClientWebSocket? socket, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (socket is null)
            {
                await Task.Delay(500, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                socket = await SubscribeAsync(stop);
                continue;
            }

            var end = await ReadAsync(socket, stop);
            socket.Dispose();
            socket = null;
            if (stop.IsCancellationRequested)
            {
                return;
            }

            lock (_lock)
            {
                if (instance.CrashedAt is { } crashed && DateTime.UtcNow >= crashed && (instance.RestartedAt is null || SubscribedAt < instance.RestartedAt))
                {
                    CrashEnds++;
                }
                else
                {
                    UnexpectedEnds.Add(end);
                }
            }
        }
    }

    private async Task<string> ReadAsync(ClientWebSocket socket, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                var text = await ReceiveAsync(socket, stop);
                if (text is null)
                {
                    return $"closed {socket.CloseStatus} {socket.CloseStatusDescription}";
                }

                using var message = JsonDocument.Parse(text);
                var type = message.RootElement.GetProperty("type").GetString();
                switch (type)
                {
                    case "next":
                        Record(message.RootElement.GetProperty("payload"));
                        break;
                    case "ping":
                        await SendAsync(socket, new { type = "pong" }, stop);
                        break;
                    case "error" or "complete":
                        return $"{type}: {text}";
                }
            }
        }
        catch (Exception e)
        {
            // Anything unexpected (a message of the wrong shape too) ends this subscription visibly, never the soak.
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private void Record(JsonElement payload)
    {
        if (payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("operationStatusChanged", out var change) && change.ValueKind == JsonValueKind.Object
            && change.GetProperty("eventId").GetString() is { } eventId)
        {
            var number = ids.Number(eventId);
            lock (_lock)
            {
                FirstEventAt ??= DateTime.UtcNow;
                _received.Add(number);
            }
        }
        else
        {
            lock (_lock)
            {
                PayloadErrors++;
            }
        }
    }

    private static Task SendAsync(ClientWebSocket socket, object message, CancellationToken stop) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, stop);

    private static async Task<string?> ReceiveAsync(ClientWebSocket socket, CancellationToken stop)
    {
        var buffer = new byte[8 * 1024];
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(), stop);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
    }
}
