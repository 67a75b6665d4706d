using System.Diagnostics.Metrics;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Telemetry;

/// <summary>
/// The outbox as the operations team watches it: how many committed events wait to be published and how old the oldest
/// one is (a growing age means publishing is stuck: Redis down, a dispatcher failing). Both are read from the database
/// when a collector asks (a seek on the unsent rows' index each), so every instance reports the same, true numbers.
/// </summary>
public sealed class OutboxMetrics
{
    private readonly BackOfficeDbContextFactory _contexts;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxMetrics> _logger;

    public OutboxMetrics(IMeterFactory meters, BackOfficeDbContextFactory contexts, TimeProvider time, ILogger<OutboxMetrics> logger)
    {
        _contexts = contexts;
        _time = time;
        _logger = logger;
        var meter = meters.Create(BackOfficeTelemetry.MeterName);
        meter.CreateObservableGauge("backoffice.outbox.backlog", () => Read(unsent => unsent.Count()), "{event}",
            "Committed events not yet published to the event bus.");
        meter.CreateObservableGauge("backoffice.outbox.oldest_age", () => Read(OldestAgeSeconds), "s",
            "Age of the oldest committed event not yet published (0 when none waits).");
    }

    private double OldestAgeSeconds(IQueryable<Outbox.OutboxEvent> unsent) =>
        unsent.Min(e => (DateTime?)e.OccurredAt) is { } oldest ? Math.Max(0, (_time.GetUtcNow().UtcDateTime - oldest).TotalSeconds) : 0;

    /// <summary>A measurement of the unsent rows; none when the database cannot be read (no value rather than a wrong one).</summary>
    private IEnumerable<Measurement<double>> Read(Func<IQueryable<Outbox.OutboxEvent>, double> measure)
    {
        try
        {
            using var db = _contexts.Create(merchantId: null);
            return [new Measurement<double>(measure(db.OutboxEvents.AsNoTracking().Where(e => e.SentAt == null)))];
        }
        catch (Exception e)
        {
            _logger.LogWarning("Reading the outbox backlog for metrics failed: {Error}", e.Message);
            return [];
        }
    }
}
