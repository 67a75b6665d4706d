using System.Globalization;
using System.IO.Pipelines;
using System.Threading.Channels;
using GraphQL;

namespace BackOffice.Api.Transport.ServerSentEvents;

/// <summary>
/// The single writer of one event stream: events queue in a bounded channel and one loop writes and flushes them. A client
/// whose queue is full, or that does not take an event within the send timeout (<see cref="SendDeadlines"/>, as a socket's),
/// is cut off (<see cref="Aborted"/>): it would otherwise hold its events, its memberships and its key's stream slot for ever.
/// </summary>
public sealed class EventStreamWriter(HttpContext http, IGraphQLTextSerializer serializer, ServerSentEventsOptions options, SendDeadlines deadlines) : IAbortableWriter
{
    private static readonly byte[] KeepAliveFrame = ":\n\n"u8.ToArray();

    // The empty data field makes EventSource dispatch the event (graphql-sse's protocol asks for it).
    private static readonly byte[] CompleteFrame = "event: complete\ndata:\n\n"u8.ToArray();
    private readonly CancellationTokenSource _aborted = new();
    private int _finished;
    private readonly Channel<Outgoing> _queue = Channel.CreateBounded<Outgoing>(
        new BoundedChannelOptions(options.SendQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Cancelled when the writer gave up on the client (it stopped reading): the stream must end.</summary>
    public CancellationToken Aborted => _aborted.Token;

    /// <summary>Queues a <c>next</c> event with a result serialized here; false when the client is too far behind.</summary>
    public bool TryNext(ExecutionResult result) => Enqueue(new Outgoing(result, null, null));

    /// <summary>Queues a <c>next</c> event around a payload serialized once for every member of an audience.</summary>
    public bool TryNext(byte[] payload, long? id = null) => Enqueue(new Outgoing(null, payload, id));

    public bool TryKeepAlive() => _queue.Writer.TryWrite(new Outgoing(null, KeepAliveFrame, null, Raw: true));

    /// <summary>Queues <c>complete</c>, the stream's last event: the writer ends once it is written.</summary>
    public void Complete()
    {
        if (_queue.Writer.TryWrite(new Outgoing(null, CompleteFrame, null, Raw: true)))
        {
            _queue.Writer.TryComplete();
        }
        else
        {
            Abort();
        }
    }

    /// <summary>Writes until <see cref="Complete"/>'s event is out, or the stream is cancelled (disconnect, shutdown) or aborted.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var body = http.Response.BodyWriter;
        using var buffer = new MemoryStream(1024);
        try
        {
            await foreach (var outgoing in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                buffer.SetLength(0);
                await WriteFrameAsync(buffer, outgoing, cancellationToken);
                var written = await Watched(body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken));
                if (written.IsCompleted || written.IsCanceled)
                {
                    Abort(); // the connection is gone, or was aborted under the write
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the client went away, the server is stopping, or the deadline aborted a client that stopped reading: the response ends
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            Abort(); // its connection broke
        }
        finally
        {
            // The request is ending: a late event must not abort a connection Kestrel may already reuse.
            Volatile.Write(ref _finished, 1);
        }
    }

    /// <summary>Drops the client's connection and ends the stream.</summary>
    public void Abort()
    {
        _queue.Writer.TryComplete();
        if (Volatile.Read(ref _finished) == 0 && !_aborted.IsCancellationRequested)
        {
            http.Abort();
            _aborted.Cancel();
        }
    }

    /// <summary>A write (and flush) the connection took at once is done; one still pending is watched by the deadlines until it completes.</summary>
    private ValueTask<FlushResult> Watched(ValueTask<FlushResult> writing) => writing.IsCompleted ? writing : AwaitWithDeadlineAsync(writing);

    private async ValueTask<FlushResult> AwaitWithDeadlineAsync(ValueTask<FlushResult> writing)
    {
        deadlines.Watch(this, options.SendTimeout);
        try
        {
            return await writing;
        }
        finally
        {
            deadlines.Forget(this);
        }
    }

    private bool Enqueue(Outgoing outgoing)
    {
        if (_queue.Writer.TryWrite(outgoing))
        {
            return true;
        }

        Abort();
        return false;
    }

    private async Task WriteFrameAsync(MemoryStream buffer, Outgoing outgoing, CancellationToken cancellationToken)
    {
        if (outgoing.Raw)
        {
            buffer.Write(outgoing.Payload);
            return;
        }

        // A subscription event's id is its sequence: a reconnecting client sends it back as Last-Event-ID.
        if (outgoing.Id is { } id)
        {
            buffer.Write("id: "u8);
            buffer.Write(System.Text.Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture)));
            buffer.Write("\n"u8);
        }

        // Compact JSON has no line breaks (they are escaped inside strings), so the result is one data line.
        buffer.Write("event: next\ndata: "u8);
        if (outgoing.Result is { } result)
        {
            await serializer.WriteAsync(buffer, result, cancellationToken);
        }
        else
        {
            buffer.Write(outgoing.Payload);
        }

        buffer.Write("\n\n"u8);
    }

    /// <summary>A result to serialize here, a shared payload to frame, or a ready frame (keep-alive, complete).</summary>
    private readonly record struct Outgoing(ExecutionResult? Result, byte[]? Payload, long? Id, bool Raw = false);
}
