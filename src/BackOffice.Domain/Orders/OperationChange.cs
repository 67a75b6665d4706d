namespace BackOffice.Domain.Orders;

/// <summary>
/// An operation created (<see cref="PreviousResult"/> null) or whose result changed: one event each, numbered by
/// <see cref="Sequence"/> within its order.
/// </summary>
public sealed record OperationChange(Operation Operation, OperationResult? PreviousResult, long Sequence);
