using System.Collections.Concurrent;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>The operations running on one socket, by the id the client gave them.</summary>
public sealed class OperationList
{
    private readonly ConcurrentDictionary<string, ActiveOperation> _operations = new();

    public int Count => _operations.Count;

    /// <summary>False when an operation with the same id is running.</summary>
    public bool TryAdd(ActiveOperation operation) => _operations.TryAdd(operation.Id, operation);

    /// <summary>Stops the operation with this id, if one runs (a client's <c>complete</c> or <c>stop</c>).</summary>
    public async Task StopAsync(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            await operation.DisposeAsync();
        }
    }

    /// <summary>Forgets an operation that ended by itself, unless its id already belongs to a newer one.</summary>
    public void Forget(ActiveOperation operation) => _operations.TryRemove(new KeyValuePair<string, ActiveOperation>(operation.Id, operation));

    /// <summary>Stops every operation: the socket ended.</summary>
    public async Task StopAllAsync()
    {
        foreach (var operation in _operations.Values)
        {
            await operation.DisposeAsync();
        }
    }
}
