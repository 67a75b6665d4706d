using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Commands;

/// <summary>
/// What the commands on an operation share: the description's length, loading the whole order of the target operation
/// (the aggregate decides on all of its totals), the new operation's id and audit fields, and the replay. A subclass
/// only names the aggregate's method.
/// </summary>
public abstract class OperationCommandHandler<TCommand>(BackOfficeDbContext db) : CommandHandler<TCommand, OperationCommandResult>
    where TCommand : IOperationCommand
{
    public override DomainError? Validate(TCommand command) => command.Description?.Length > Order.MaxTextLength
        ? new InvalidInputError($"A description has at most {Order.MaxTextLength} characters.", "description")
        : null;

    public override async Task<Result<OperationCommandResult>> HandleAsync(TCommand command, CommandContext context, DateTime now, CancellationToken cancellationToken)
    {
        var orderKey = await db.Operations.Where(o => o.OperationId == command.OperationId).Select(o => (long?)o.OrderKey).FirstOrDefaultAsync(cancellationToken);
        if (orderKey is null)
        {
            return new NotFoundError($"No operation '{command.OperationId}' was found; check the id.");
        }

        var order = await db.Orders.Include(o => o.Operations).FirstAsync(o => o.Id == orderKey, cancellationToken);
        var request = new OperationRequest(OperationIds.Next(now, Random.Shared), now, command.Description, context.ApiKeyId, context.CorrelationId);
        var result = Decide(order, command, request);
        return result.IsSuccess ? Result<OperationCommandResult>.Success(new(result.Value!, order)) : result.Error!;
    }

    public override string ResultId(OperationCommandResult result) => result.Operation.OperationId;

    public override async Task<OperationCommandResult> ReplayAsync(string resultId, CancellationToken cancellationToken)
    {
        var operation = await db.Operations.AsNoTracking().FirstAsync(o => o.OperationId == resultId, cancellationToken);
        return new(operation, await db.Orders.AsNoTracking().FirstAsync(o => o.Id == operation.OrderKey, cancellationToken));
    }

    protected abstract Result<Operation> Decide(Order order, TCommand command, OperationRequest request);
}
