namespace BackOffice.Api.Operations;

public sealed record CaptureOperationInput(string OperationId, long Amount, string Currency, string? Description, string IdempotencyKey);

public sealed record RefundOperationInput(string OperationId, long Amount, string Currency, string? Description, string IdempotencyKey);

public sealed record CancelOperationInput(string OperationId, string? Description, string IdempotencyKey);
