using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>
/// Deletes what has outlived its retention, every <see cref="Interval"/>, for all merchants. A failed round is logged and
/// the next one tries again: a database briefly away must not stop the cleanup for good.
/// </summary>
public abstract class RetentionCleanup(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    /// <summary>What is deleted, for the log ("idempotency records").</summary>
    protected abstract string Rows { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract TimeSpan Retention { get; }

    /// <summary>Deletes the rows older than <see cref="Retention"/>; how many.</summary>
    public abstract Task<int> DeleteExpiredAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await DeleteExpiredAsync(stoppingToken);
                logger.LogInformation("Deleted {Count} {Rows} older than {Retention}.", deleted, Rows, Retention);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The cleanup of {Rows} failed; it runs again in {Interval}.", Rows, Interval);
            }
        }
    }
}
