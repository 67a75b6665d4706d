namespace BackOffice.Infrastructure.Outbox;

/// <summary>Wakes this instance's dispatcher right after a local commit wrote outbox rows; polling covers the rest.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled; the dispatcher will pick up every row anyway
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
