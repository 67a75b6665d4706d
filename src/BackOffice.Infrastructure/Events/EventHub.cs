using System.Collections.Concurrent;
using BackOffice.Infrastructure.Outbox;
using Microsoft.Extensions.Options;

namespace BackOffice.Infrastructure.Events;

/// <summary>
/// This instance's fan-out: every event the bus delivers goes, once per event id, to the local subscribers of its
/// merchant whose filter accepts it. Delivery never waits on a subscriber, so a slow one cannot delay the others.
/// </summary>
public sealed class EventHub(IOptions<EventHubOptions> options)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<EventSubscriber, byte>> _byMerchant = new();
    private readonly HashSet<string> _seen = [];
    private readonly Queue<string> _seenOrder = new();
    private readonly Lock _seenLock = new();

    public int SubscriberCount => _byMerchant.Values.Sum(s => s.Count);

    /// <summary>
    /// Events of <paramref name="merchantId"/> that pass <paramref name="filter"/>, from now on, after those of
    /// <paramref name="replay"/> when it resumes. Never another merchant's.
    /// </summary>
    public EventSubscriber Subscribe(string merchantId, Func<OperationEventContract, bool> filter, EventReplay? replay = null)
    {
        var subscriber = new EventSubscriber(merchantId, filter, options.Value.SubscriberBuffer, Remove, replay);
        _byMerchant.GetOrAdd(merchantId, _ => new()).TryAdd(subscriber, 0);
        return subscriber;
    }

    /// <summary>Hands an event to local subscribers; false when it was seen already (a re-publish) and dropped.</summary>
    public bool Deliver(OperationEventContract operationEvent)
    {
        if (!FirstTime(operationEvent.EventId))
        {
            return false;
        }

        if (_byMerchant.TryGetValue(operationEvent.MerchantId, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Offer(operationEvent);
            }
        }

        return true;
    }

    private bool FirstTime(string eventId)
    {
        lock (_seenLock)
        {
            if (!_seen.Add(eventId))
            {
                return false;
            }

            _seenOrder.Enqueue(eventId);
            if (_seenOrder.Count > options.Value.DeduplicationWindow)
            {
                _seen.Remove(_seenOrder.Dequeue());
            }

            return true;
        }
    }

    private void Remove(EventSubscriber subscriber)
    {
        if (_byMerchant.TryGetValue(subscriber.MerchantId, out var subscribers))
        {
            subscribers.TryRemove(subscriber, out _);
        }
    }
}
