using BackOffice.Infrastructure.Outbox;

namespace BackOffice.Infrastructure.Events;

/// <summary>
/// Carries committed events to every API instance's <see cref="EventHub"/>: in process by default, through Redis
/// pub/sub when <c>ConnectionStrings:Redis</c> is set. A publish that throws leaves the event in the outbox for a retry.
/// </summary>
public interface IEventBus
{
    string Name { get; }

    bool IsConnected { get; }

    /// <summary>Publishes an event as stored in the outbox (<see cref="OperationEventContract.Serialize"/>).</summary>
    Task PublishAsync(string payload, CancellationToken cancellationToken);
}
