using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Common.Errors;
using GraphQL;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// The message pump of one socket, whatever its sub-protocol: the receive loop (zero-byte reads while idle), frame assembly
/// and the size limit, the single <see cref="MessageWriter"/>, and the socket's lifetime. Each message read is handed, in
/// order, to the socket's <see cref="SubscriptionServer"/>, which speaks the protocol.
/// </summary>
public sealed class WebSocketConnection(HttpContext http, WebSocket socket, GraphQLWebSocketServices services)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly MessageWriter _writer = new(
        socket, services.Serializer, services.Options.SendQueueCapacity, services.Options.SendTimeout, services.SendDeadlines);

    public HttpContext Http => http;

    /// <summary>Cancelled when the socket ends (or a close frame went unanswered): every operation on it stops.</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    public async Task RunAsync(SubscriptionServer server)
    {
        // The writer gave up on a client that stopped reading: drop the TCP connection, which ends the receive loop below.
        var stuck = _writer.Aborted.UnsafeRegister(static state => ((HttpContext)state!).Abort(), http);

        // A stopping server says so at once instead of holding its shutdown until the host's timeout drops the socket.
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.UnsafeRegister(
            static state => _ = ((WebSocketConnection)state!).CloseAsync(CloseCode.GoingAway, "The server is shutting down; connect again"), this);
        server.Start();
        try
        {
            await ReceiveAsync(server);
        }
        finally
        {
            await _lifetime.CancelAsync();
            await server.DisposeAsync();
            await _writer.CloseAsync(CloseCode.Normal, "");
            await stopping.DisposeAsync();
            await stuck.DisposeAsync(); // from here on Kestrel may reuse the HttpContext: nothing may abort it any more
        }
    }

    /// <summary>Sends or queues a message; false when the client is so far behind that its queue is full (<see cref="MessageWriter.TrySend"/>).</summary>
    public bool TrySend(OperationMessage message) => _writer.TrySend(message);

    /// <summary>Sends a result serialized once for a whole audience, behind its operation's <see cref="MessageWriter.ResultPrefix"/>.</summary>
    public bool TrySendResult(byte[] prefix, byte[] payload) => _writer.TrySendResult(prefix, payload);

    /// <summary>Sends the close frame (once), after <paramref name="farewell"/> if any, and stops waiting for a client that never answers it.</summary>
    public async Task CloseAsync(int code, string reason, OperationMessage? farewell = null)
    {
        await _writer.CloseAsync(code, reason, farewell);
        _lifetime.CancelAfter(CloseGrace);
    }

    private async Task ReceiveAsync(SubscriptionServer server)
    {
        var maxMessageBytes = services.Options.MaxMessageBytes;
        using var message = new MemoryStream();
        try
        {
            while (!_lifetime.IsCancellationRequested)
            {
                // An idle subscriber waits with a zero-byte read and holds no buffer: 10,000 sockets, 80 MB less.
                var received = await socket.ReceiveAsync(Memory<byte>.Empty, _lifetime.Token);
                if (received.MessageType != WebSocketMessageType.Close && !received.EndOfMessage)
                {
                    var buffer = ArrayPool<byte>.Shared.Rent(8192);
                    try
                    {
                        received = await socket.ReceiveAsync(buffer.AsMemory(), _lifetime.Token);
                        message.Write(buffer, 0, received.Count);
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                }

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    await server.FailAsync(CloseCode.InvalidMessage, GraphQLErrorCodes.InvalidRequest, "Invalid message received: binary frames are not supported");
                    continue;
                }

                if (message.Length > maxMessageBytes)
                {
                    await server.FailAsync(CloseCode.MessageTooBig, GraphQLErrorCodes.RequestTooLarge, $"Message larger than {maxMessageBytes} bytes");
                    message.SetLength(0);
                    continue;
                }

                if (received.EndOfMessage)
                {
                    var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                    message.SetLength(0);
                    await server.OnMessageAsync(Read(text));
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // the client went away, we aborted it, or we closed and stopped waiting for its close frame
        }
    }

    /// <summary>The message, or null when it is not one (not JSON, or fields of the wrong type).</summary>
    private OperationMessage? Read(string text)
    {
        try
        {
            return services.Serializer.Deserialize<OperationMessage>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
