using BackOffice.Api.Warmup;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackOffice.Api.Health;

/// <summary>Ready waits for the warm-up (bounded by Warmup:MaxDuration), whatever its outcome: a fresh instance starts warm.</summary>
public sealed class WarmupHealthCheck(WarmupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Outcome is { } outcome
            ? HealthCheckResult.Healthy(outcome)
            : HealthCheckResult.Unhealthy("Warming up the hot GraphQL documents."));
}
