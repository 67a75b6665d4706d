namespace BackOffice.Infrastructure.Commands;

/// <summary>Refund part or all of what was captured on the operation's order.</summary>
public sealed record RefundOperation(string OperationId, long Amount, string Currency, string? Description) : IOperationCommand;
