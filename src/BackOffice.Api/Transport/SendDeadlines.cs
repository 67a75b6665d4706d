using System.Collections.Concurrent;
using System.Diagnostics;

namespace BackOffice.Api.Transport;

/// <summary>
/// The send deadline of every streaming connection (WebSocket, Server-Sent Events), kept by one timer for the process. A send
/// the client's connection takes at once (nearly all of them) never arms anything; only a send still pending is watched, and
/// one that has waited longer than its timeout aborts its writer: a client that stopped reading must not hold its connection,
/// its queue and its key's slot for ever. A timer armed and disarmed around each send would cost 10,000 timer operations per
/// event at 10,000 subscribers.
/// </summary>
public sealed class SendDeadlines : IDisposable
{
    /// <summary>How often pending sends are checked: a stalled client is cut off at most this long after its timeout.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<IAbortableWriter, long> _pending = new(); // writer → Stopwatch timestamp of its deadline
    private readonly Timer _sweep;

    public SendDeadlines() => _sweep = new Timer(static state => ((SendDeadlines)state!).Sweep(), this, SweepInterval, SweepInterval);

    /// <summary>A send of <paramref name="writer"/> did not complete at once: abort it unless it completes within <paramref name="timeout"/>.</summary>
    internal void Watch(IAbortableWriter writer, TimeSpan timeout) =>
        _pending[writer] = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);

    /// <summary>The watched send completed (or failed).</summary>
    internal void Forget(IAbortableWriter writer) => _pending.TryRemove(writer, out _);

    public void Dispose() => _sweep.Dispose();

    private void Sweep()
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        foreach (var (writer, deadline) in _pending)
        {
            if (now >= deadline && _pending.TryRemove(new KeyValuePair<IAbortableWriter, long>(writer, deadline)))
            {
                writer.Abort();
            }
        }
    }
}
