namespace BackOffice.Infrastructure.Commands;

/// <summary>Who asks, under which idempotency key, for the audit trail and for safe retries.</summary>
public sealed record CommandContext(string IdempotencyKey, long ApiKeyId, string CorrelationId);
