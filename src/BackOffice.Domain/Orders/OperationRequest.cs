namespace BackOffice.Domain.Orders;

/// <summary>Who asks for a back-office operation, when, and under which new operation id.</summary>
public sealed record OperationRequest(
    string NewOperationId,
    DateTime Now,
    string? Description = null,
    long? ApiKeyId = null,
    string? CorrelationId = null);
