namespace BackOffice.Infrastructure.Commands;

/// <summary>Capture part or all of an open authorization.</summary>
public sealed record CaptureOperation(string OperationId, long Amount, string Currency, string? Description) : IOperationCommand;
