using System.Threading.Channels;
using BackOffice.Infrastructure.Outbox;

namespace BackOffice.Infrastructure.Events;

/// <summary>
/// One subscriber on this instance: the hub writes matching events into its bounded buffer without waiting, and a
/// pump hands them to the observer (GraphQL.NET's subscription execution) one at a time, in arrival order.
/// </summary>
public sealed class EventSubscriber : IObservable<OperationEvent>, IDisposable
{
    private readonly Channel<OperationEvent> _buffer;
    private readonly Func<OperationEvent, bool> _filter;
    private readonly Action<EventSubscriber> _remove;
    private readonly int _capacity;
    private readonly CancellationTokenSource _stop = new();

    internal EventSubscriber(string merchantId, Func<OperationEvent, bool> filter, int capacity, Action<EventSubscriber> remove)
    {
        MerchantId = merchantId;
        _filter = filter;
        _capacity = capacity;
        _remove = remove;
        _buffer = Channel.CreateBounded<OperationEvent>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public string MerchantId { get; }

    internal void Offer(OperationEvent operationEvent)
    {
        if (operationEvent.MerchantId == MerchantId && _filter(operationEvent) && !_buffer.Writer.TryWrite(operationEvent))
        {
            _buffer.Writer.TryComplete(new SubscriberOverflowException(_capacity));
            _remove(this);
        }
    }

    public IDisposable Subscribe(IObserver<OperationEvent> observer)
    {
        _ = PumpAsync(observer);
        return this;
    }

    private async Task PumpAsync(IObserver<OperationEvent> observer)
    {
        try
        {
            await foreach (var operationEvent in _buffer.Reader.ReadAllAsync(_stop.Token))
            {
                observer.OnNext(operationEvent);
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
    }

    public void Dispose()
    {
        _remove(this);
        _buffer.Writer.TryComplete();
        _stop.Cancel();
    }
}
