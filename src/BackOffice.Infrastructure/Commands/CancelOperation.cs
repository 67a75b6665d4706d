namespace BackOffice.Infrastructure.Commands;

/// <summary>Void an open authorization, or cancel a capture on its business day; the order's rules tell which.</summary>
public sealed record CancelOperation(string OperationId, string? Description) : IOperationCommand;
