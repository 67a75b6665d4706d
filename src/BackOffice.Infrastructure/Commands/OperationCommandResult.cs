using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Commands;

/// <summary>The operation a command created and its order right after it.</summary>
public sealed record OperationCommandResult(Operation Operation, Order Order);
