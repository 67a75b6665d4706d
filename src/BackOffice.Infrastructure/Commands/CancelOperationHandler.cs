using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;

namespace BackOffice.Infrastructure.Commands;

public sealed class CancelOperationHandler(BackOfficeDbContext db) : OperationCommandHandler<CancelOperation>(db)
{
    public override string Name => "cancelOperation";

    protected override Result<Operation> Decide(Order order, CancelOperation command, OperationRequest request) =>
        order.Cancel(command.OperationId, request);
}
