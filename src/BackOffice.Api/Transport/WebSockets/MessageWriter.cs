using System.Net.WebSockets;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// The socket's single writer: messages queue in a bounded channel and one loop sends them, because
/// <see cref="WebSocket.SendAsync(ArraySegment{byte}, WebSocketMessageType, bool, CancellationToken)"/> must never run twice at once.
/// Closing goes through the same lock, so a close frame never interleaves with a message.
/// </summary>
public sealed class MessageWriter(WebSocket socket, IGraphQLTextSerializer serializer, int capacity)
{
    private readonly Channel<OperationMessage> _queue = Channel.CreateBounded<OperationMessage>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly SemaphoreSlim _sending = new(1, 1);
    private MemoryStream? _buffer; // reused by the one sending loop; allocated with the first message, not per idle socket
    private int _closed;

    /// <summary>Queues a message; false when the client is so far behind that the queue is full.</summary>
    public bool TrySend(OperationMessage message) => Volatile.Read(ref _closed) == 0 && _queue.Writer.TryWrite(message);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                // Straight to UTF-8 in a reused buffer: with 10,000 subscribers an event is 10,000 messages.
                var buffer = _buffer ??= new MemoryStream(1024);
                buffer.SetLength(0);
                await serializer.WriteAsync(buffer, message, cancellationToken);
                var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
                await _sending.WaitAsync(cancellationToken);
                try
                {
                    if (Volatile.Read(ref _closed) == 0 && socket.State == WebSocketState.Open)
                    {
                        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                    }
                }
                finally
                {
                    _sending.Release();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the socket is gone; the connection cleans up
        }
    }

    /// <summary>Sends a close frame once (later calls do nothing); the queue stops accepting messages.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await _sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // already broken
        }
        finally
        {
            _sending.Release();
        }
    }
}
