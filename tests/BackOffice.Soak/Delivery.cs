namespace BackOffice.Soak;

/// <summary>
/// Every committed event of the soak window against what each subscriber received on its current subscription: an
/// event committed (its <c>occurredAt</c>) once the subscription was in place (<see cref="Subscriber.Snapshot"/>) and
/// before the load stopped must have arrived exactly once. Ids are the payload's <c>eventId</c> (the outbox row's,
/// unique per event).
/// </summary>
public sealed record Delivery(int Sockets, int Resubscribed, int Events, long Expected, long Once, long Missing, int SocketsMissing, long Duplicates, int SocketsDuplicated, int Unknown, string? MissingSample)
{
    /// <summary>Takes what the sockets have first, then reads the outbox, so an event arriving in between is in both.</summary>
    public static async Task<Delivery> EvaluateAsync(IReadOnlyList<Subscriber> subscribers, EventIds ids, SoakDatabase database, long firstRow, DateTime until)
    {
        var snapshots = subscribers.Select(s => s.Snapshot()).Where(s => s.CountsFrom is not null).ToList();
        var all = await database.EventsAsync("demo", 0);
        var window = all.Where(e => e.Row > firstRow && e.OccurredAt <= until).ToList();
        long expected = 0, once = 0, missing = 0, duplicates = 0;
        int socketsMissing = 0, socketsDuplicated = 0, resubscribed = 0;
        var unknown = new HashSet<int>();
        string? sample = null;
        var numbers = all.ToDictionary(e => e.EventId, e => ids.TryGet(e.EventId, out var n) ? n : -1);
        var knownNumbers = numbers.Values.Where(n => n > 0).ToHashSet();
        foreach (var (countsFrom, again, received) in snapshots)
        {
            var from = countsFrom!.Value;
            resubscribed += again ? 1 : 0;
            var counts = new Dictionary<int, int>();
            foreach (var number in received)
            {
                counts[number] = counts.GetValueOrDefault(number) + 1;
                if (!knownNumbers.Contains(number))
                {
                    unknown.Add(number);
                }
            }

            var socketDuplicates = counts.Values.Sum(c => c - 1);
            duplicates += socketDuplicates;
            socketsDuplicated += socketDuplicates > 0 ? 1 : 0;
            var socketMissing = 0;
            var missedRows = new List<string>();
            foreach (var e in window.Where(e => e.OccurredAt >= from))
            {
                expected++;
                if (numbers[e.EventId] is var n && n > 0 && counts.TryGetValue(n, out var c))
                {
                    once += c == 1 ? 1 : 0;
                }
                else
                {
                    socketMissing++;
                    missedRows.Add($"row {e.Row} (occurred {e.OccurredAt:HH:mm:ss.fff})");
                }
            }

            missing += socketMissing;
            sample ??= missedRows.Count > 0 ? $"a socket{(again ? " subscribed again" : "")} counting from {from:HH:mm:ss.fff} missed {string.Join(", ", missedRows.Take(10))}" : null;
            socketsMissing += socketMissing > 0 ? 1 : 0;
        }

        return new Delivery(snapshots.Count, resubscribed, window.Count, expected, once, missing, socketsMissing, duplicates, socketsDuplicated, unknown.Count, sample);
    }
}
