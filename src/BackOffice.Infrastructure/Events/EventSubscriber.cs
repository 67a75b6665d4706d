using System.Threading.Channels;
using BackOffice.Infrastructure.Outbox;

namespace BackOffice.Infrastructure.Events;

/// <summary>
/// One subscriber on this instance: the hub writes matching events into its bounded buffer without waiting, and a
/// pump hands them to the observer (GraphQL.NET's subscription execution) one at a time, in arrival order.
/// A resumed subscriber is live (buffering) before its replay reads the outbox; the pump hands over the replay first, then
/// the buffer without what the replay already covered (by sequence): nothing committed in between is missed or repeated.
/// </summary>
public sealed class EventSubscriber : IObservable<OperationEventContract>, IDisposable
{
    private readonly Channel<OperationEventContract> _buffer;
    private readonly Func<OperationEventContract, bool> _filter;
    private readonly Action<EventSubscriber> _remove;
    private readonly int _capacity;
    private readonly CancellationTokenSource _stop = new();
    private readonly EventReplay? _replay;

    internal EventSubscriber(string merchantId, Func<OperationEventContract, bool> filter, int capacity, Action<EventSubscriber> remove, EventReplay? replay)
    {
        MerchantId = merchantId;
        _filter = filter;
        _capacity = capacity;
        _remove = remove;
        _replay = replay;
        _buffer = Channel.CreateBounded<OperationEventContract>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public string MerchantId { get; }

    internal void Offer(OperationEventContract operationEvent)
    {
        // A resumed subscriber filters in its pump instead: a filter may keep state (orderUpdated's latest versions), and
        // replayed events, older than the buffered ones, must pass it first.
        if (operationEvent.MerchantId == MerchantId && (_replay is not null || _filter(operationEvent)) && !_buffer.Writer.TryWrite(operationEvent))
        {
            _buffer.Writer.TryComplete(new SubscriberOverflowException(_capacity));
            _remove(this);
        }
    }

    public IDisposable Subscribe(IObserver<OperationEventContract> observer)
    {
        _ = PumpAsync(observer);
        return this;
    }

    private async Task PumpAsync(IObserver<OperationEventContract> observer)
    {
        try
        {
            var covered = long.MinValue;
            if (_replay is not null)
            {
                covered = _replay.After;
                await foreach (var replayed in _replay.Read(_stop.Token))
                {
                    covered = replayed.Sequence;
                    if (_filter(replayed))
                    {
                        observer.OnNext(replayed);
                    }
                }
            }

            await foreach (var operationEvent in _buffer.Reader.ReadAllAsync(_stop.Token))
            {
                if (_replay is null || (operationEvent.Sequence > covered && _filter(operationEvent)))
                {
                    observer.OnNext(operationEvent);
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // disposed: the client completed the subscription or the socket closed
        }
        catch (Exception e) when (e is SubscriberOverflowException || e.InnerException is SubscriberOverflowException)
        {
            observer.OnError(e as SubscriberOverflowException ?? e.InnerException!);
        }
        catch (Exception e)
        {
            observer.OnError(e); // the replay could not read the outbox
        }
    }

    public void Dispose()
    {
        _remove(this);
        _buffer.Writer.TryComplete();
        _stop.Cancel();
    }
}
