using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Outbox;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>A subscriber that stops reading cannot hold up the others, and what waits for it is bounded.</summary>
public sealed class SlowConsumerTests
{
    [Fact]
    public async Task AStuckSubscriberDoesNotDelayAnotherAndIsEndedWhenItsBufferFills()
    {
        var hub = new EventHub(Options.Create(new EventHubOptions { SubscriberBuffer = 100 }));
        using var stuck = hub.Subscribe("demo", _ => true);
        var stuckObserver = new Observer(block: true);
        stuck.Subscribe(stuckObserver);
        using var healthy = hub.Subscribe("demo", _ => true);
        var healthyObserver = new Observer(block: false);
        healthy.Subscribe(healthyObserver);

        var events = Enumerable.Range(1, 400).Select(Event).ToList();
        var delivering = TimeSpan.Zero;
        foreach (var chunk in events.Chunk(5))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Array.ForEach(chunk, e => hub.Deliver(e));
            delivering += clock.Elapsed;
            await Task.Delay(5); // a steady stream, as a live dashboard sees it
        }

        for (var i = 0; i < 250 && healthyObserver.Count < events.Count; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(events.Count, healthyObserver.Count);
        Assert.True(delivering < TimeSpan.FromSeconds(1), $"delivering 400 events took {delivering}");
        Assert.Equal(1, hub.SubscriberCount); // the stuck one was dropped, and its buffer with it
        stuckObserver.Release();
        for (var i = 0; i < 100 && stuckObserver.Error is null; i++)
        {
            await Task.Delay(20);
        }

        Assert.IsType<SubscriberOverflowException>(stuckObserver.Error);
        Assert.True(stuckObserver.Count <= 101, $"the stuck subscriber got {stuckObserver.Count} events");
    }

    [Fact]
    public void AnEventPublishedTwiceIsDeliveredOnce()
    {
        var hub = new EventHub(Options.Create(new EventHubOptions()));
        var observer = new Observer(block: false);
        using var subscriber = hub.Subscribe("demo", _ => true);
        subscriber.Subscribe(observer);
        var operationEvent = Event(1);
        Assert.True(hub.Deliver(operationEvent));
        Assert.False(hub.Deliver(operationEvent));
    }

    private static OperationEventContract Event(int i)
    {
        var order = Order.Place("demo", $"SLOW{i}", 100, "EUR", null, null, Channel.Ecommerce, DateTime.UtcNow).Value!;
        var payment = order.RecordPayment(new PaymentRecord($"OP{i}", OperationType.Capture, OperationResult.Executed, DateTime.UtcNow,
            Channel.Ecommerce, "CARD", "VISA", "***1234")).Value!;
        return OperationEventContract.From(order, order.Changes[0], i, DateTime.UtcNow);
    }

    private sealed class Observer(bool block) : IObserver<OperationEventContract>
    {
        private readonly ManualResetEventSlim _gate = new(!block);
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Exception? Error { get; private set; }

        public void Release() => _gate.Set();

        public void OnNext(OperationEventContract value)
        {
            Interlocked.Increment(ref _count);
            _gate.Wait();
        }

        public void OnError(Exception error) => Error = error;

        public void OnCompleted()
        {
        }
    }
}
