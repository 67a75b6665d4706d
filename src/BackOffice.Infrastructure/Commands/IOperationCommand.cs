namespace BackOffice.Infrastructure.Commands;

/// <summary>A command on an existing operation of an order, creating a new operation on that order.</summary>
public interface IOperationCommand : ICommand<OperationCommandResult>
{
    string OperationId { get; }

    string? Description { get; }
}
