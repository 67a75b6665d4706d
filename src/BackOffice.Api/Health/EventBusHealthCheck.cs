using BackOffice.Infrastructure.Events;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackOffice.Api.Health;

/// <summary>
/// A bus that is away (Redis down) degrades the instance but does not stop it: queries and mutations go on, and
/// their events wait in the outbox until the bus is back.
/// </summary>
public sealed class EventBusHealthCheck(IEventBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus.IsConnected
            ? HealthCheckResult.Healthy($"The {bus.Name} event bus is connected.")
            : HealthCheckResult.Degraded($"The {bus.Name} event bus is unreachable; events wait in the outbox."));
}
