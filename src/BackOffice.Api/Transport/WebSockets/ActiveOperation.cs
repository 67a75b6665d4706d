namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// One operation running on a socket, with its own DI scope (a query or mutation; a subscription shares its audience's);
/// disposing it stops its stream (leaves the audience) and frees the scope.
/// </summary>
public sealed class ActiveOperation(string id, AsyncServiceScope? scope, CancellationToken socketLifetime) : IAsyncDisposable
{
    private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(socketLifetime);
    private IDisposable? _subscription;
    private int _disposed;

    public string Id { get; } = id;

    public IServiceProvider Services => scope?.ServiceProvider ?? throw new InvalidOperationException("A shared subscription has no scope of its own.");

    public CancellationToken Token => _cancel.Token;

    public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

    public void Attach(IDisposable subscription)
    {
        _subscription = subscription;
        if (IsDisposed)
        {
            subscription.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _subscription?.Dispose();
        await _cancel.CancelAsync();
        _cancel.Dispose();
        if (scope is { } own)
        {
            await own.DisposeAsync();
        }
    }
}
