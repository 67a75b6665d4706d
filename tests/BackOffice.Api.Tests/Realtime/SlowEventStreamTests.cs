using System.Net;
using System.Net.Sockets;
using BackOffice.Api.Tests.Support;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Infrastructure.Events;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>
/// An SSE client that stops reading fills its stream's queue and is cut off, as a slow socket is: its subscription ends and
/// its key's stream slot is free again. Over real Kestrel and TCP, where a write can block.
/// </summary>
public sealed class SlowEventStreamTests
{
    // The slow socket's wide events: far more than the kernel buffers hold.
    private const int Events = SlowMemberTests.Events;
    private static readonly string Wide = SlowMemberTests.Wide;

    /// <summary>
    /// Either limit gives up on the stuck stream: a queue of 32 (the send deadline, a minute, is far away), or the shared send
    /// deadline of a second, its queue (10,000) being more than the test ever sends, so only the deadline can cut it off.
    /// </summary>
    [Theory]
    [InlineData("32", "00:01:00")]
    [InlineData("10000", "00:00:01")]
    public async Task AStreamThatStopsReadingIsCutOffAndItsKeyCanOpenAnother(string sendQueueCapacity, string sendTimeout)
    {
        using var api = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["GraphQL:ServerSentEvents:SendQueueCapacity"] = sendQueueCapacity,
                ["GraphQL:ServerSentEvents:SendTimeout"] = sendTimeout,
                ["GraphQL:Streams:MaxPerApiKey"] = "1",
                ["Events:SubscriberBuffer"] = "10000",
                ["GraphQL:Limits:MaxFieldMerges"] = "1000000",
            },
        };
        api.UseKestrel(0);
        api.StartServer();
        var address = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var slow = new HttpClient(SmallReceiveBuffer()) { BaseAddress = address };
        await using var stuck = await EventStreamClient.OpenAsync(slow, "demo-reader-key", Wide);
        Assert.Equal(HttpStatusCode.OK, stuck.Status);
        await api.WaitForSubscribersAsync(1);

        var hub = api.Services.GetRequiredService<EventHub>();
        for (var i = 0; i < Events; i++)
        {
            hub.Deliver(SlowMemberTests.Event(i));
        }

        var audiences = api.Services.GetRequiredService<SubscriptionAudiences>();
        for (var i = 0; i < 1200 && (audiences.ListeningMembers > 0 || hub.SubscriberCount > 0); i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, audiences.ListeningMembers);
        Assert.Equal(0, hub.SubscriberCount); // its shared execution ended with its only member
        using var http = new HttpClient { BaseAddress = address };
        var status = HttpStatusCode.TooManyRequests;
        for (var i = 0; i < 100 && status == HttpStatusCode.TooManyRequests; i++)
        {
            // The slot is freed once the cut-off stream has finished unwinding, a moment after it left its audience.
            await using var next = await EventStreamClient.OpenAsync(http, "demo-reader-key", "{ __typename }");
            status = next.Status;
            await Task.Delay(status == HttpStatusCode.OK ? 0 : 50);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    /// <summary>A 4 KB kernel receive buffer makes back-pressure reach the server quickly.</summary>
    private static SocketsHttpHandler SmallReceiveBuffer() => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };
}
