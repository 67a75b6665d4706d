namespace BackOffice.Infrastructure.Commands;

/// <summary>The gateway's cancel: undo a capture on its business day; anything else (an authorization included) is refused.</summary>
public sealed record CancelCapture(string OperationId, string? Description) : IOperationCommand;
