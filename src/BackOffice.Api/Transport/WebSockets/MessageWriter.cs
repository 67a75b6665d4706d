using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// The socket's single writer: whoever holds the send lock may call
/// <see cref="WebSocket.SendAsync(ReadOnlyMemory{byte}, WebSocketMessageType, bool, CancellationToken)"/>, which must never run twice
/// at once. A message for an idle socket is sent at once on the caller's thread, as a bare server sends (no queue, no hop to
/// another thread): an event's fan-out to 10,000 sockets is 10,000 sends that the connections take straight away. A message
/// for a busy socket waits in a bounded queue, behind the ones already there, and the lock's holder sends it after them.
/// Closing takes the same lock, so a close frame never interleaves with a message.
/// A send (or close) that the client does not take within <paramref name="sendTimeout"/> aborts the socket and signals
/// <see cref="Aborted"/> (<see cref="SendDeadlines"/>): a client that stopped reading would otherwise hold the lock, the socket
/// and its key's slot for ever.
/// </summary>
public sealed class MessageWriter(WebSocket socket, IGraphQLTextSerializer serializer, int capacity, TimeSpan sendTimeout, SendDeadlines deadlines) : IAbortableWriter
{
    private readonly CancellationTokenSource _aborted = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Queue<Frame>? _waiting; // allocated when a message first finds the socket busy, not per idle socket
    private int _closed;

    /// <summary>Cancelled when the writer gave up on the socket (aborted it): the connection must end.</summary>
    public CancellationToken Aborted => _aborted.Token;

    /// <summary>
    /// Sends or queues a message; false when the client is so far behind that the queue is full. After the socket closed,
    /// messages are dropped.
    /// </summary>
    public bool TrySend(OperationMessage message) => TrySend(new Frame(null, Encoding.UTF8.GetBytes(serializer.Serialize(message))));

    /// <summary>
    /// Sends or queues a result whose payload was serialized once for every socket of its audience, behind this operation's
    /// <see cref="ResultPrefix"/>; false when the queue is full, as <see cref="TrySend(OperationMessage)"/>.
    /// </summary>
    public bool TrySendResult(byte[] prefix, byte[] payload) => TrySend(new Frame(prefix, payload));

    /// <summary>
    /// <c>{"id":"…","type":"next","payload":</c> (or <c>data</c>): what goes before a shared payload for one operation,
    /// built once per subscription rather than once per event and socket.
    /// </summary>
    public static byte[] ResultPrefix(string id, JsonEncodedText type)
    {
        using var prefix = new MemoryStream();
        prefix.Write("{\"id\":\""u8);
        prefix.Write(JsonEncodedText.Encode(id).EncodedUtf8Bytes);
        prefix.Write("\",\"type\":\""u8);
        prefix.Write(type.EncodedUtf8Bytes);
        prefix.Write("\",\"payload\":"u8);
        return prefix.ToArray();
    }

    /// <summary>
    /// Sends a close frame once (later calls do nothing); the writer stops accepting messages, and what it still holds is dropped.
    /// <paramref name="farewell"/>, if any, goes out just before the close frame (the legacy protocol's <c>connection_error</c>).
    /// </summary>
    public async Task CloseAsync(int code, string reason, OperationMessage? farewell = null)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        ClearQueue();
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
                await socket.SendAsync(Encoding.UTF8.GetBytes(serializer.Serialize(farewell)), WebSocketMessageType.Text, endOfMessage: true, deadline.Token);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, deadline.Token);
            }
        }
        catch (Exception e) when (IsSendFailure(e))
        {
            Abort();
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Drops the client's connection: it stopped reading (its deadline passed) or went away.</summary>
    public void Abort()
    {
        Volatile.Write(ref _closed, 1);
        ClearQueue();
        socket.Abort();
        _aborted.Cancel();
    }

    private bool TrySend(Frame frame)
    {
        if (Volatile.Read(ref _closed) == 1)
        {
            return true; // the connection is ending: nothing more goes out, and that is no overflow
        }

        if (_sending.Wait(0))
        {
            // The socket is ours. An empty queue: send now, on this thread (the fast path). Otherwise this message goes behind
            // the ones already queued, and we send them all.
            if (QueuedCount() == 0)
            {
                _ = SendAndDrainAsync(frame);
                return true;
            }

            var queued = TryEnqueue(frame);
            _ = SendAndDrainAsync(null);
            return queued;
        }

        if (!TryEnqueue(frame))
        {
            return false;
        }

        // The holder may have let go between our two steps, without seeing this message: then it is ours to send.
        if (_sending.Wait(0))
        {
            _ = SendAndDrainAsync(null);
        }

        return true;
    }

    /// <summary>Holding the send lock: sends <paramref name="first"/>, if any, then every queued message, then lets go.</summary>
    private async Task SendAndDrainAsync(Frame? first)
    {
        try
        {
            do
            {
                if (first is { } frame)
                {
                    await SendAsync(frame);
                }

                while (TryDequeue(out var queued))
                {
                    await SendAsync(queued);
                }

                first = null;
                _sending.Release();
            }
            while (QueuedCount() > 0 && _sending.Wait(0)); // a message queued just before we let go
        }
        catch (Exception e) when (IsSendFailure(e))
        {
            Abort();
            _sending.Release();
        }
    }

    private ValueTask SendAsync(Frame frame)
    {
        if (Volatile.Read(ref _closed) == 1 || socket.State != WebSocketState.Open)
        {
            return ValueTask.CompletedTask;
        }

        if (frame.Prefix is null)
        {
            return Watched(socket.SendAsync(frame.Body.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None), null);
        }

        // Prefix, shared payload, closing brace: in a pooled buffer, no allocation per socket and event.
        var length = frame.Prefix.Length + frame.Body.Length + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        frame.Prefix.CopyTo(buffer, 0);
        frame.Body.CopyTo(buffer, frame.Prefix.Length);
        buffer[length - 1] = (byte)'}';
        return Watched(socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None), buffer);
    }

    /// <summary>A send the connection took at once is done; one still pending is watched by the deadlines until it completes.</summary>
    private ValueTask Watched(ValueTask sending, byte[]? pooled)
    {
        if (sending.IsCompleted)
        {
            ReturnToPool(pooled);
            return sending;
        }

        return AwaitWithDeadlineAsync(sending, pooled);
    }

    private async ValueTask AwaitWithDeadlineAsync(ValueTask sending, byte[]? pooled)
    {
        deadlines.Watch(this, sendTimeout);
        try
        {
            await sending;
        }
        finally
        {
            deadlines.Forget(this);
            ReturnToPool(pooled);
        }
    }

    private static void ReturnToPool(byte[]? pooled)
    {
        if (pooled is not null)
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }
    }

    private bool TryEnqueue(Frame frame)
    {
        var waiting = Volatile.Read(ref _waiting) ?? Interlocked.CompareExchange(ref _waiting, new Queue<Frame>(), null) ?? _waiting!;
        lock (waiting)
        {
            if (waiting.Count >= capacity)
            {
                return false;
            }

            waiting.Enqueue(frame);
            return true;
        }
    }

    private bool TryDequeue(out Frame frame)
    {
        frame = default;
        if (Volatile.Read(ref _waiting) is not { } waiting)
        {
            return false;
        }

        lock (waiting)
        {
            return waiting.TryDequeue(out frame);
        }
    }

    private int QueuedCount()
    {
        if (Volatile.Read(ref _waiting) is not { } waiting)
        {
            return 0;
        }

        lock (waiting)
        {
            return waiting.Count;
        }
    }

    private void ClearQueue()
    {
        if (Volatile.Read(ref _waiting) is { } waiting)
        {
            lock (waiting)
            {
                waiting.Clear();
            }
        }
    }

    private static bool IsSendFailure(Exception e) => e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException;

    /// <summary>A message's bytes, or a shared result payload (<see cref="Body"/>) to send behind this operation's <see cref="Prefix"/>.</summary>
    private readonly record struct Frame(byte[]? Prefix, byte[] Body);
}
