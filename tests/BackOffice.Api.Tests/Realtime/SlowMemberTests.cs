using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Tests.Support;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Outbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>
/// A member of a shared subscription that stops reading fills its own socket's queue and is closed alone; the member that
/// reads gets every event, in order, from the same execution. Over real Kestrel and TCP, where a send can block.
/// </summary>
public sealed class SlowMemberTests
{
    internal const int Events = 400;

    // About 40 KB an event (every alias repeats the event id): 400 events are far more than the kernel buffers hold.
    internal static readonly string Wide = "subscription { operationStatusChanged { eventId "
        + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"e{i}: eventId")) + " } }";

    /// <summary>
    /// Either limit gives up on the stuck member: a queue of 32 it passes after some 130 events (the send deadline, a minute, is
    /// far away: its close frame waits behind the stuck send until the client reads), or the shared send deadline of a second,
    /// its queue (10,000) being more than the test ever sends: then the server drops it before the client reads anything.
    /// </summary>
    [Theory]
    [InlineData("32", "00:01:00", false)]
    [InlineData("10000", "00:00:01", true)]
    public async Task AStuckMemberIsClosedAloneAndTheOtherGetsEveryEventInOrder(string sendQueueCapacity, string sendTimeout, bool droppedUnread)
    {
        using var api = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["GraphQL:WebSockets:SendQueueCapacity"] = sendQueueCapacity,
                ["GraphQL:WebSockets:SendTimeout"] = sendTimeout,
                ["Events:SubscriberBuffer"] = "10000",
                ["GraphQL:Limits:MaxFieldMerges"] = "1000000",
            },
        };
        api.UseKestrel(0);
        api.StartServer();
        var uri = SocketUri(api);
        using var stuck = await ConnectAsync(uri, receiveBuffer: 4096);
        using var reading = await ConnectAsync(uri, receiveBuffer: 0);
        foreach (var socket in new[] { stuck, reading })
        {
            await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "demo-reader-key" } });
            Assert.Equal("connection_ack", JsonDocument.Parse((await ReceiveAsync(socket))!).RootElement.GetProperty("type").GetString());
            await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Wide } });
        }

        await api.WaitForSubscribersAsync(2);
        var hub = api.Services.GetRequiredService<EventHub>();
        Assert.Equal(1, hub.SubscriberCount);
        var received = new List<string>();
        var count = 0;
        var readingAll = Task.Run(async () =>
        {
            while (received.Count < Events && await ReceiveAsync(reading) is { } text)
            {
                using var message = JsonDocument.Parse(text);
                if (message.RootElement.GetProperty("type").GetString() == "next")
                {
                    received.Add(message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("operationStatusChanged").GetProperty("eventId").GetString()!);
                    Interlocked.Increment(ref count);
                }
            }
        });

        var sent = Enumerable.Range(0, Events).Select(Event).ToList();
        var delivered = 0;
        foreach (var chunk in sent.Chunk(8))
        {
            Array.ForEach(chunk, e => hub.Deliver(e));
            delivered += chunk.Length;

            // At the reader's pace, however loaded the machine: it stays well inside its queue, the stuck member falls ever further behind.
            for (var i = 0; i < 3000 && Volatile.Read(ref count) < delivered - 16; i++)
            {
                await Task.Delay(10);
            }
        }

        await Task.WhenAny(readingAll, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.Equal(sent.Select(e => e.EventId), received);
        if (droppedUnread)
        {
            await api.WaitForSubscribersAsync(1); // reading the stuck socket would unblock its send
        }

        Assert.True(await EndsAsync(stuck), "the stuck member's socket was still open");
        await api.WaitForSubscribersAsync(1);
        Assert.Equal(1, hub.SubscriberCount); // the shared execution goes on for the reader
        Assert.Equal(Events, api.Services.GetRequiredService<SubscriptionAudiences>().Executions);
    }

    internal static OperationEventContract Event(int i)
    {
        var order = Order.Place("demo", $"SLOWMEMBER{i}", 100, "EUR", null, null, Channel.Ecommerce, DateTime.UtcNow).Value!;
        order.RecordPayment(new PaymentRecord($"OPSLOW{i}", OperationType.Capture, OperationResult.Executed, DateTime.UtcNow,
            Channel.Ecommerce, "CARD", "VISA", "***1234"));
        return OperationEventContract.From(order, order.Changes[0], i, DateTime.UtcNow);
    }

    private static Uri SocketUri(ApiFactory api)
    {
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address.Replace("http", "ws", StringComparison.Ordinal)), "/graphql");
    }

    /// <summary>A client socket; a small kernel receive buffer makes back-pressure reach the server quickly.</summary>
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

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string?> ReceiveAsync(ClientWebSocket socket)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancel.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            return Encoding.UTF8.GetString(message.ToArray());
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            return null;
        }
    }

    /// <summary>Drains what the server managed to send; true when the socket then ends (close frame or reset) in time.</summary>
    private static async Task<bool> EndsAsync(ClientWebSocket socket)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
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
