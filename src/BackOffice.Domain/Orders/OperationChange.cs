namespace BackOffice.Domain.Orders;

/// <summary>An operation created (<see cref="PreviousResult"/> null) or whose result changed: one event each.</summary>
public sealed record OperationChange(Operation Operation, OperationResult? PreviousResult);
