using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Commands;

namespace BackOffice.Api.Operations;

/// <summary>The new operation and the order after it, or why nothing happened.</summary>
public sealed record OperationPayload(Operation? Operation, Order? Order, IReadOnlyList<DomainError>? Errors)
{
    public static OperationPayload From(CommandOutcome<OperationCommandResult> outcome) =>
        outcome.Error is { } error ? new(null, null, [error]) : new(outcome.Value!.Operation, outcome.Value.Order, null);
}
