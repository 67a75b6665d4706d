using System.Collections.Concurrent;

namespace BackOffice.Soak;

/// <summary>Event ids as small numbers, so 500 sockets can each keep every id they received.</summary>
public sealed class EventIds
{
    private readonly ConcurrentDictionary<string, int> _numbers = new();
    private int _next;

    public int Number(string eventId) => _numbers.GetOrAdd(eventId, _ => Interlocked.Increment(ref _next));

    public bool TryGet(string eventId, out int number) => _numbers.TryGetValue(eventId, out number);
}
