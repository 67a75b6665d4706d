using BackOffice.Infrastructure.Outbox;

namespace BackOffice.Infrastructure.Events.InMemory;

/// <summary>The embedded default: one process, so publishing is delivering to this instance's hub.</summary>
public sealed class InMemoryEventBus(EventHub hub) : IEventBus
{
    public string Name => "in-process";

    public bool IsConnected => true;

    public Task PublishAsync(string payload, CancellationToken cancellationToken)
    {
        hub.Deliver(OperationEventContract.Parse(payload));
        return Task.CompletedTask;
    }
}
