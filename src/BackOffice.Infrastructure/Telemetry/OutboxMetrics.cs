using System.Diagnostics;
using System.Diagnostics.Metrics;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Telemetry;

/// <summary>
/// The outbox as the operations team watches it: how many committed events wait to be published and how old the oldest
/// one is (a growing age means publishing is stuck: Redis down, a dispatcher failing). Both are read from the database
/// when a collector asks (one seek on the unsent rows' index), so every instance reports the same, true number.
/// </summary>
public sealed class OutboxMetrics
{
    private readonly BackOfficeDbContextFactory _contexts;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxMetrics> _logger;
    private readonly Lock _gate = new();
    private (Backlog? Value, long At) _last;

    public OutboxMetrics(IMeterFactory meters, BackOfficeDbContextFactory contexts, TimeProvider time, ILogger<OutboxMetrics> logger)
    {
        _contexts = contexts;
        _time = time;
        _logger = logger;
        var meter = meters.Create(BackOfficeTelemetry.MeterName);
        meter.CreateObservableGauge("backoffice.outbox.backlog", () => Measure(backlog => backlog.Count), "{event}",
            "Committed events not yet published to the event bus.");
        meter.CreateObservableGauge("backoffice.outbox.oldest_age", () => Measure(backlog => backlog.OldestAgeSeconds), "s",
            "Age of the oldest committed event not yet published (0 when none waits).");
    }

    private IEnumerable<Measurement<double>> Measure(Func<Backlog, double> value)
    {
        Backlog? backlog;
        lock (_gate)
        {
            // One read serves both gauges of a collection (timed by the real clock: this is about load, not business time).
            if (_last.At == 0 || Stopwatch.GetElapsedTime(_last.At) > TimeSpan.FromMilliseconds(500))
            {
                _last = (Read(), Stopwatch.GetTimestamp());
            }

            backlog = _last.Value;
        }

        return backlog is null ? [] : [new Measurement<double>(value(backlog))];
    }

    /// <summary>The unsent rows now; null when the database cannot be read (the gauge then reports nothing rather than a lie).</summary>
    private Backlog? Read()
    {
        try
        {
            using var db = _contexts.Create(merchantId: null);
            var unsent = db.OutboxEvents.AsNoTracking().Where(e => e.SentAt == null);
            var count = unsent.Count();
            var oldest = count == 0 ? (DateTime?)null : unsent.Min(e => (DateTime?)e.OccurredAt);
            var age = oldest is { } at ? Math.Max(0, (_time.GetUtcNow().UtcDateTime - at).TotalSeconds) : 0;
            return new Backlog(count, age);
        }
        catch (Exception e)
        {
            _logger.LogWarning("Reading the outbox backlog for metrics failed: {Error}", e.Message);
            return null;
        }
    }

    private sealed record Backlog(double Count, double OldestAgeSeconds);
}
