using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// The socket's single writer: messages queue in a bounded channel and one loop sends them, because
/// <see cref="WebSocket.SendAsync(ArraySegment{byte}, WebSocketMessageType, bool, CancellationToken)"/> must never run twice at once.
/// Closing goes through the same lock, so a close frame never interleaves with a message.
/// A send (or close) that the client does not take within <paramref name="sendTimeout"/> aborts the socket and signals
/// <see cref="Aborted"/>: a client that stopped reading would otherwise hold the lock, the socket and its key's slot for ever.
/// </summary>
public sealed class MessageWriter(WebSocket socket, IGraphQLTextSerializer serializer, int capacity, TimeSpan sendTimeout)
{
    private readonly CancellationTokenSource _aborted = new();
    private readonly Channel<Outgoing> _queue = Channel.CreateBounded<Outgoing>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly SemaphoreSlim _sending = new(1, 1);
    private MemoryStream? _buffer; // reused by the one sending loop; allocated with the first message, not per idle socket
    private CancellationTokenSource? _deadline; // likewise, reset after every send
    private int _closed;

    /// <summary>Cancelled when the writer gave up on the socket (aborted it): the connection must end.</summary>
    public CancellationToken Aborted => _aborted.Token;

    /// <summary>Queues a message; false when the client is so far behind that the queue is full.</summary>
    public bool TrySend(OperationMessage message) => Volatile.Read(ref _closed) == 0 && _queue.Writer.TryWrite(new Outgoing(message, null, default, null));

    /// <summary>
    /// Queues a result (of type <paramref name="type"/>: the protocol's <c>next</c> or <c>data</c>) whose payload was serialized
    /// once for every socket of its audience; only the frame around it (this socket's id) is written here. False when the
    /// queue is full, as <see cref="TrySend"/>.
    /// </summary>
    public bool TrySendResult(string id, JsonEncodedText type, byte[] payload) =>
        Volatile.Read(ref _closed) == 0 && _queue.Writer.TryWrite(new Outgoing(null, id, type, payload));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var outgoing in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                // Straight to UTF-8 in a reused buffer: with 10,000 subscribers an event is 10,000 messages.
                var buffer = _buffer ??= new MemoryStream(1024);
                buffer.SetLength(0);
                if (outgoing.Message is { } message)
                {
                    await serializer.WriteAsync(buffer, message, cancellationToken);
                }
                else
                {
                    WriteResult(buffer, outgoing.Id!, outgoing.Type, outgoing.Payload!);
                }

                var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
                await _sending.WaitAsync(cancellationToken);
                try
                {
                    if (Volatile.Read(ref _closed) == 0 && socket.State == WebSocketState.Open)
                    {
                        var deadline = _deadline ??= CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        deadline.CancelAfter(sendTimeout);
                        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, deadline.Token);
                        deadline.TryReset();
                    }
                }
                finally
                {
                    _sending.Release();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the connection is ending and closes the socket itself
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // the client stopped reading (the deadline passed) or went away: end the connection now
            Abort();
        }
        finally
        {
            _deadline?.Dispose();
        }
    }

    /// <summary>
    /// Sends a close frame once (later calls do nothing); the queue stops accepting messages, and what it still holds is dropped.
    /// <paramref name="farewell"/>, if any, goes out just before the close frame (the legacy protocol's <c>connection_error</c>).
    /// </summary>
    public async Task CloseAsync(int code, string reason, OperationMessage? farewell = null)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        if (!await _sending.WaitAsync(sendTimeout))
        {
            Abort(); // a send is stuck on a client that does not read: a close frame would queue behind it
            return;
        }

        try
        {
            using var deadline = new CancellationTokenSource(sendTimeout);
            if (farewell is not null && socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream(); // not the loop's buffer: the loop may be filling it outside the lock
                await serializer.WriteAsync(message, farewell, deadline.Token);
                await socket.SendAsync(message.GetBuffer().AsMemory(0, (int)message.Length), WebSocketMessageType.Text, endOfMessage: true, deadline.Token);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, deadline.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            Abort();
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Writes <c>{"id":"…","type":"next","payload":…}</c> (or <c>data</c>) around bytes our own serializer already wrote.</summary>
    private static void WriteResult(MemoryStream buffer, string id, JsonEncodedText type, byte[] payload)
    {
        buffer.Write("{\"id\":\""u8);
        buffer.Write(JsonEncodedText.Encode(id).EncodedUtf8Bytes);
        buffer.Write("\",\"type\":\""u8);
        buffer.Write(type.EncodedUtf8Bytes);
        buffer.Write("\",\"payload\":"u8);
        buffer.Write(payload);
        buffer.Write("}"u8);
    }

    private void Abort()
    {
        socket.Abort();
        _aborted.Cancel();
    }

    /// <summary>A message to serialize here, or a shared result payload to frame with this socket's id and the protocol's type.</summary>
    private readonly record struct Outgoing(OperationMessage? Message, string? Id, JsonEncodedText Type, byte[]? Payload);
}
